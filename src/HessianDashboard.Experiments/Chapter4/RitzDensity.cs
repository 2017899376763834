using HessianDashboard.Core.Density;
using HessianDashboard.Experiments.Lanczos;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// SLQ density with σ control for any stored Lanczos run (Core's <see cref="SpectralDensityEstimate.Smooth"/> on the
/// run's Gauss rule: nodes = Ritz values, weights τ_i = s_{1,i}², Σ τ_i = 1): φ_σ(t) = (1/n_v) Σ_r Σ_i τ_{r,i} g_σ(t − θ_{r,i}).
/// Several runs (start vectors) of one operator are averaged. Integrates to 1 when the grid covers every node ± 5σ.
/// </summary>
public static class RitzDensity
{
    /// <summary>The Gauss quadrature rule of one run.</summary>
    public static QuadratureRule Rule(LanczosRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Weights.Length != run.Ritz.Length) throw new ArgumentException("The run has no Gauss weights aligned with its Ritz values.", nameof(run));
        return new QuadratureRule(run.Ritz, run.Weights);
    }

    /// <summary>The SLQ estimate of the runs of one operator (one rule per start vector).</summary>
    public static SpectralDensityEstimate Estimate(IReadOnlyList<LanczosRunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0) throw new ArgumentException("No runs to estimate a density from.", nameof(runs));
        return new SpectralDensityEstimate(runs[0].N, [.. runs.Select(Rule)]);
    }

    /// <summary>A range covering every node of every run ± <paramref name="padding"/>·σ.</summary>
    public static (double Lower, double Upper) CommonRange(IEnumerable<LanczosRunResult> runs, double sigma, double padding = 5)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var nodes = runs.SelectMany(r => r.Ritz).ToArray();
        if (nodes.Length == 0) throw new ArgumentException("The runs have no Ritz values.", nameof(runs));
        return (nodes.Min() - padding * sigma, nodes.Max() + padding * sigma);
    }

    /// <summary>σ when none is given: <paramref name="fraction"/> of the span of all Ritz values (1e-3 when they all coincide).</summary>
    public static double DefaultSigma(IEnumerable<LanczosRunResult> runs, double fraction = 0.01)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var nodes = runs.SelectMany(r => r.Ritz).ToArray();
        double span = nodes.Length == 0 ? 0 : nodes.Max() - nodes.Min();
        return span > 0 ? fraction * span : 1e-3;
    }

    /// <summary>φ_σ of <paramref name="runs"/> on <paramref name="points"/> uniform points of [lower, upper].</summary>
    public static DensityCurve Smooth(IReadOnlyList<LanczosRunResult> runs, double sigma, double lower, double upper, int points) =>
        Estimate(runs).Smooth(sigma, points, lower, upper);
}
