using HessianDashboard.Core.Operators;
using HessianDashboard.Core.Spectrum;

namespace HessianDashboard.Core.Density;

/// <summary>
/// Stochastic Lanczos quadrature (Lin, Saad, Yang 2016; Ghorbani, Krishnan, Xiao 2019; PyHessian):
/// the spectral density (1/n) Σ_j δ(t − λ_j) of A is approximated by averaging, over n_v random unit
/// start vectors v, the Gauss quadrature rule of μ_v, whose expectation is exactly that density.
/// See docs/algorithms/slq.md.
/// </summary>
public static class SpectralDensity
{
    /// <summary>Runs n_v Lanczos processes and keeps their quadrature rules.</summary>
    /// <param name="op">The symmetric operator.</param>
    /// <param name="options">n_v, m, variant, seed.</param>
    /// <param name="onRunCompleted">Called after each start vector with (runs done, rule).</param>
    /// <param name="cancellationToken">Stops between runs and inside a run; the completed runs are kept.</param>
    public static SpectralDensityEstimate Estimate(ISymmetricOperator op, SpectralDensityOptions options,
        Action<int, QuadratureRule>? onRunCompleted = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(op);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(op.Dimension);
        var rules = new List<QuadratureRule>(options.StartVectors);
        for (int r = 0; r < options.StartVectors && !cancellationToken.IsCancellationRequested; r++)
        {
            var lanczos = Lanczos.Run(op, new LanczosOptions
            {
                Iterations = options.Iterations,
                Reorthogonalization = options.Reorthogonalization,
                Seed = options.Seed + r,
                RitzValuesEachStep = false,
                TrackOrthogonality = false,
            }, cancellationToken: cancellationToken);
            if (lanczos.Status is LanczosStatus.Cancelled or LanczosStatus.NonFinite || lanczos.Steps == 0) break;
            var rule = ToRule(lanczos);
            rules.Add(rule);
            onRunCompleted?.Invoke(rules.Count, rule);
        }
        return new SpectralDensityEstimate(op.Dimension, [.. rules]);
    }

    /// <summary>The Gauss rule of one Lanczos run: nodes = Ritz values, weights = squared first components.</summary>
    public static QuadratureRule ToRule(LanczosResult lanczos)
    {
        ArgumentNullException.ThrowIfNull(lanczos);
        var weights = lanczos.FirstComponents.Select(z => z * z).ToArray();
        double total = weights.Sum();
        for (int i = 0; i < weights.Length; i++) weights[i] /= total; // removes rounding drift from Σ = 1
        return new QuadratureRule((double[])lanczos.RitzValues.Clone(), weights);
    }
}
