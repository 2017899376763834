using HessianDashboard.Core.Density;
using HessianDashboard.Experiments.Lanczos;

namespace HessianDashboard.Web.Components.Lab;

/// <summary>
/// The lab's SLQ density (docs/algorithms/slq.md) from one run's Gauss rule — nodes = Ritz values, weights τ_i =
/// squared first components (<see cref="LanczosRunResult.Weights"/>) — smoothed by a Gaussian of width σ on demand:
/// changing σ re-smooths the stored rule and never reruns Lanczos.
/// </summary>
internal static class LabDensity
{
    /// <summary>The rule of <paramref name="run"/> as a one-vector SLQ estimate.</summary>
    public static SpectralDensityEstimate Estimate(LanczosRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Estimate(run.N, run.Ritz, run.Weights);
    }

    /// <summary>The rule (<paramref name="nodes"/>, <paramref name="weights"/>) of a matrix of order <paramref name="n"/> as a one-vector SLQ estimate.</summary>
    public static SpectralDensityEstimate Estimate(int n, double[] nodes, double[] weights) =>
        new(n, [new QuadratureRule(nodes, weights)]);

    /// <summary>The exact density (1/n) Σ δ(t − λ_j) as a rule with equal weights, for comparison; null when unknown.</summary>
    public static SpectralDensityEstimate? Truth(double[] truth) =>
        truth is { Length: > 0 } ? new SpectralDensityEstimate(truth.Length, [new QuadratureRule(truth, [.. truth.Select(_ => 1.0 / truth.Length)])]) : null;

    /// <summary>σ's slider: from width/500 to width/5, starting at width/100, with width the span of the nodes.</summary>
    public static (double Min, double Max, double Initial) SigmaRange(SpectralDensityEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var (lo, hi) = estimate.NodeRange();
        double width = hi > lo ? hi - lo : Math.Max(1, Math.Abs(hi));
        return (width / 500, width / 5, width / 100);
    }

    /// <summary>
    /// Both densities smoothed with σ on one grid spanning all nodes ± 5σ, with a spacing of σ/2 or finer
    /// (at least 200 points) so the trapezoidal ∫φ stays 1 to many digits.
    /// </summary>
    public static (DensityCurve Estimate, DensityCurve? Truth) Smooth(SpectralDensityEstimate estimate, SpectralDensityEstimate? truth, double sigma)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var (lo, hi) = estimate.NodeRange();
        if (truth is not null)
        {
            var (tlo, thi) = truth.NodeRange();
            (lo, hi) = (Math.Min(lo, tlo), Math.Max(hi, thi));
        }
        double a = lo - 5 * sigma, b = hi + 5 * sigma;
        int points = (int)Math.Clamp(Math.Ceiling(2 * (b - a) / sigma) + 1, 200, 20_000);
        return (estimate.Smooth(sigma, points, a, b), truth?.Smooth(sigma, points, a, b));
    }
}
