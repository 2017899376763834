using HessianDashboard.Core.Metrics;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Sources;
using CoreLanczos = HessianDashboard.Core.Spectrum.Lanczos;

namespace HessianDashboard.Experiments.Lanczos;

/// <summary>Runs one <see cref="LanczosRunRequest"/> and scores it against the truth when known.</summary>
public static class LanczosRunExperiment
{
    /// <summary>Resolves the source, runs Lanczos (reporting every step), and scores the result.</summary>
    public static LanczosRunResult Run(LanczosRunRequest request, Action<LanczosStep>? onStep = null, CancellationToken cancellationToken = default)
    {
        request.EnsureValid();
        var matrix = request.Source.Resolve();
        int m = request.Iterations ?? matrix.Operator.Dimension;
        if (m > matrix.Operator.Dimension)
            throw new RequestValidationException($"Iterations m = {m} cannot exceed n = {matrix.Operator.Dimension}.");
        var result = CoreLanczos.Run(matrix.Operator, new LanczosOptions
        {
            Iterations = m,
            Reorthogonalization = request.Variant,
            Seed = request.StartSeed,
            RitzValuesEachStep = request.RitzValuesEachStep,
            TrackOrthogonality = request.TrackOrthogonality,
        }, onStep, cancellationToken);
        return Score(request, matrix, result);
    }

    /// <summary>Assembles the result record, with L1/L2 (m = n only) and converged/ghost counts when the truth is known.</summary>
    public static LanczosRunResult Score(LanczosRunRequest request, ResolvedMatrix matrix, LanczosResult result)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Score(request.Variant, request.Epsilon, matrix, result);
    }

    /// <summary>Assembles the result record of a run with <paramref name="variant"/>, counting convergence within <paramref name="epsilon"/>.</summary>
    public static LanczosRunResult Score(Reorthogonalization variant, double epsilon, ResolvedMatrix matrix, LanczosResult result)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return Score(variant, epsilon, matrix.Operator.Dimension, matrix.Truth, matrix.Description, result);
    }

    /// <summary>The same for a run on an n-dimensional operator described by <paramref name="source"/> (the operator itself is not needed: a stored run is scored too).</summary>
    public static LanczosRunResult Score(Reorthogonalization variant, double epsilon, int n, double[]? truth, string source, LanczosResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        double? l1 = null, l2 = null;
        int? converged = null, ghosts = null;
        if (truth is not null)
        {
            if (result.RitzValues.Length == truth.Length)
            {
                l1 = SpectrumDistance.L1(result.RitzValues, truth);
                l2 = SpectrumDistance.L2(result.RitzValues, truth);
            }
            var count = ConvergenceCount.Count(result.RitzValues, truth, epsilon);
            (converged, ghosts) = (count.Converged, count.Ghosts);
        }
        return new LanczosRunResult
        {
            N = n,
            Variant = variant,
            Iterations = result.Steps,
            Status = result.Status,
            Message = result.Message,
            Source = source,
            Ritz = result.RitzValues,
            Residuals = result.ResidualBounds,
            Weights = GaussWeights(result.FirstComponents),
            Truth = truth,
            L1 = l1,
            L2 = l2,
            ConvergedCount = converged,
            GhostCount = ghosts,
            Epsilon = epsilon,
            OrthogonalityLoss = result.OrthogonalityLoss,
            Alpha = result.Alpha,
            Beta = result.Beta,
            ReorthogonalizationInnerProducts = result.ReorthogonalizationInnerProducts,
            Seconds = result.Elapsed.TotalSeconds,
            OperatorSeconds = result.OperatorTime.TotalSeconds,
        };
    }

    /// <summary>τ_i = z_i² / Σ z_j² from the first components z of T_k's eigenvectors (the division only removes rounding drift).</summary>
    private static double[] GaussWeights(double[] firstComponents)
    {
        var weights = new double[firstComponents.Length];
        double total = 0;
        for (int i = 0; i < weights.Length; i++) total += weights[i] = firstComponents[i] * firstComponents[i];
        if (total > 0 && double.IsFinite(total))
            for (int i = 0; i < weights.Length; i++) weights[i] /= total;
        return weights;
    }
}
