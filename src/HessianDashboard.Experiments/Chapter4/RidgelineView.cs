using HessianDashboard.Experiments.Lanczos;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// Ridgeline (TensorBoard-style offset) data: one SLQ density per checkpoint, φ_σ of that checkpoint's Lanczos run
/// (see <see cref="RitzDensity"/>), all on one common uniform grid covering every Ritz value ± 5σ, so each row
/// integrates to ≈ 1 and rows can be stacked or compared directly.
/// </summary>
/// <param name="Grid">t_0 &lt; … &lt; t_{G−1}.</param>
/// <param name="Sigma">Gaussian kernel width (eigenvalue units).</param>
/// <param name="Steps">Checkpoint (epoch or iteration) of each row.</param>
/// <param name="Densities">Densities[c][g] = φ_σ of checkpoint c at t_g.</param>
public sealed record RidgelineView(double[] Grid, double Sigma, int[] Steps, double[][] Densities)
{
    /// <summary>Builds the view from one run per checkpoint; σ null = 1% of the span of all Ritz values.</summary>
    public static RidgelineView From(IReadOnlyList<int> steps, IReadOnlyList<LanczosRunResult> runs, double? sigma, int points)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(runs);
        if (steps.Count != runs.Count) throw new ArgumentException($"{steps.Count} steps but {runs.Count} runs.");
        var usable = runs.Where(r => r.Ritz.Length > 0).ToArray();
        if (usable.Length == 0) return new RidgelineView([], sigma ?? double.NaN, [.. steps], []);
        double s = sigma ?? RitzDensity.DefaultSigma(usable);
        var (lower, upper) = RitzDensity.CommonRange(usable, s);
        double[] grid = [];
        var densities = new double[runs.Count][];
        for (int c = 0; c < runs.Count; c++)
        {
            if (runs[c].Ritz.Length == 0) { densities[c] = new double[points]; continue; }
            var curve = RitzDensity.Smooth([runs[c]], s, lower, upper, points);
            grid = curve.Grid;
            densities[c] = curve.Density;
        }
        return new RidgelineView(grid, s, [.. steps], densities);
    }
}
