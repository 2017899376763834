using HessianDashboard.Core.LinearAlgebra;
using HessianDashboard.Core.Operators;
using HessianDashboard.Core.Randomness;

namespace HessianDashboard.Core.Spectrum;

/// <summary>The state of one <see cref="PowerIteration.Run"/> call: the deflation basis and the pairs found so far.</summary>
internal sealed class DeflatedPowerSolver(
    ISymmetricOperator op,
    PowerIterationOptions options,
    Action<PowerIterationProgress>? progress,
    CancellationToken cancellationToken)
{
    private readonly int _n = op.Dimension;
    private readonly RowBasis _found = new(op.Dimension);
    private readonly double[] _coefficients = new double[options.Count];
    private readonly GaussianSampler _sampler = new(options.Seed);
    private readonly List<EigenPair> _pairs = [];
    private int _applications;

    public PowerIterationResult Run()
    {
        string? firstMiss = null;
        for (int index = 0; index < options.Count; index++)
        {
            var (pair, stop, message) = SolvePair(index);
            if (pair is not null)
            {
                _pairs.Add(pair);
                _found.Add(pair.Vector);
                if (!pair.Converged && stop is null)
                    firstMiss ??= $"Pair {index + 1} did not converge within {options.MaxIterations} iterations.";
            }
            if (stop is { } status) return Result(status, message);
        }
        return firstMiss is null ? Result(PowerIterationStatus.Converged, null) : Result(PowerIterationStatus.MaxIterationsReached, firstMiss);
    }

    private PowerIterationResult Result(PowerIterationStatus status, string? message) =>
        new([.. _pairs], status, message, _applications);

    /// <summary>Runs the iteration for one pair; returns the pair (or null when none was estimated) and a status when the whole run must stop.</summary>
    private (EigenPair? Pair, PowerIterationStatus? Stop, string? Message) SolvePair(int index)
    {
        double[] x = _sampler.NextVector(_n), y = new double[_n], next = new double[_n];
        Deflate(x);
        double norm = Vectors.Norm(x);
        if (!(norm > 0) || !double.IsFinite(norm))
            return (null, PowerIterationStatus.NonFinite, $"The start vector of pair {index + 1} vanished after deflation.");
        Vectors.Scale(1 / norm, x);

        double lambda = double.NaN, residual = double.NaN;
        for (int k = 1; k <= options.MaxIterations; k++)
        {
            // Here `next` holds the previous iterate, the vector that lambda and residual belong to.
            if (cancellationToken.IsCancellationRequested)
                return (Estimate(next, lambda, residual, k - 1), PowerIterationStatus.Cancelled,
                    $"Cancelled during pair {index + 1} after {k - 1} iteration(s).");

            op.Apply(x, y);
            _applications++;
            double rayleigh = Vectors.Dot(x, y);
            if (!double.IsFinite(rayleigh) || !Vectors.AllFinite(y))
                return (Estimate(next, lambda, residual, k - 1), PowerIterationStatus.NonFinite,
                    $"The operator returned a non-finite value during pair {index + 1}, iteration {k}.");

            // next ← y − λx (true residual), then P(y − λx) (deflated residual; Px = x).
            y.CopyTo(next, 0);
            Vectors.Axpy(-rayleigh, x, next);
            double trueResidual = Vectors.Norm(next);
            Deflate(next);
            double deflatedResidual = Vectors.Norm(next);
            progress?.Invoke(new PowerIterationProgress(index, k, rayleigh, deflatedResidual));

            bool converged = IsConverged(k, rayleigh, lambda, deflatedResidual);
            lambda = rayleigh;
            residual = trueResidual;
            // Converged for the deflated operator is an eigenpair of A only if the earlier vectors were
            // right: a pair after an unconverged one (e.g. a ±λ pair) can satisfy the deflated test with a
            // large true residual. Guard with √tol on the true residual so such pairs are not reported as converged.
            if (converged) return (new EigenPair(lambda, x, k, residual, IsGenuine(residual, lambda)), null, null);
            if (k == options.MaxIterations) break;

            // next ← P·y = P(y − λx) + λx, normalised: the next iterate.
            Vectors.Axpy(rayleigh, x, next);
            norm = Vectors.Norm(next);
            if (!(norm > 0))
                return (new EigenPair(lambda, x, k, residual, true), null, null); // P·A·x = 0: x is exact for the deflated operator (λ = 0).
            Vectors.Scale(1 / norm, next);
            (x, next) = (next, x);
        }
        return (new EigenPair(lambda, x, options.MaxIterations, residual, false), null, null);
    }

    private bool IsConverged(int k, double lambda, double previous, double deflatedResidual)
    {
        double target = options.Tolerance * Math.Abs(lambda);
        bool residualOk = deflatedResidual <= target;
        bool changeOk = k > 1 && Math.Abs(lambda - previous) <= target;
        return options.Stopping switch
        {
            PowerIterationStopping.Residual => residualOk,
            PowerIterationStopping.EigenvalueChange => changeOk,
            PowerIterationStopping.Both => residualOk && changeOk,
            _ => residualOk || changeOk,
        };
    }

    private bool IsGenuine(double trueResidual, double lambda) =>
        options.Stopping is PowerIterationStopping.EigenvalueChange or PowerIterationStopping.Either || trueResidual <= Math.Sqrt(options.Tolerance) * Math.Abs(lambda);

    private static EigenPair? Estimate(double[] vector, double lambda, double residual, int iterations) =>
        iterations == 0 ? null : new EigenPair(lambda, vector, iterations, residual, false);

    /// <summary>w ← (I − UUᵀ)² w over the vectors found so far (classical Gram–Schmidt, two passes).</summary>
    private void Deflate(Span<double> w)
    {
        int count = _found.Count;
        if (count == 0) return;
        var h = _coefficients.AsSpan(0, count);
        for (int pass = 0; pass < 2; pass++)
        {
            _found.Multiply(w, h, count);
            _found.SubtractTransposeTimes(h, w, count);
        }
    }
}
