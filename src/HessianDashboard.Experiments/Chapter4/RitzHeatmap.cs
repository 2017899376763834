using HessianDashboard.Experiments.Lanczos;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// Heatmap data (histogram bins × checkpoint) of the Ritz values: <see cref="Mass"/> weights each Ritz value by its
/// Gauss weight τ_i (so a column is the spectral measure seen from the start vector binned, summing to 1, and the
/// bulk dominates as it does in the true density), <see cref="Counts"/> counts Ritz values (what the thesis'
/// histograms show; extremes over-represented because Lanczos resolves them first). Bins are uniform over
/// [min θ, max θ] across all checkpoints; the last bin is closed.
/// </summary>
/// <param name="Edges">B + 1 ascending bin edges.</param>
/// <param name="Steps">Checkpoint of each column.</param>
/// <param name="Mass">Mass[c][b] = Σ τ_i over Ritz values of checkpoint c in bin b.</param>
/// <param name="Counts">Counts[c][b] = number of Ritz values of checkpoint c in bin b.</param>
public sealed record RitzHeatmap(double[] Edges, int[] Steps, double[][] Mass, int[][] Counts)
{
    /// <summary>Bins the runs (one per checkpoint) into <paramref name="bins"/> common bins.</summary>
    public static RitzHeatmap From(IReadOnlyList<int> steps, IReadOnlyList<LanczosRunResult> runs, int bins)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(runs);
        if (bins < 1) throw new ArgumentException($"Bins must be at least 1, got {bins}.", nameof(bins));
        var all = runs.SelectMany(r => r.Ritz).ToArray();
        double lo = all.Length == 0 ? 0 : all.Min(), hi = all.Length == 0 ? 1 : all.Max();
        if (!(hi > lo)) { lo -= 0.5; hi += 0.5; }
        var edges = Enumerable.Range(0, bins + 1).Select(b => lo + (hi - lo) * b / bins).ToArray();
        var mass = new double[runs.Count][];
        var counts = new int[runs.Count][];
        for (int c = 0; c < runs.Count; c++)
        {
            mass[c] = new double[bins];
            counts[c] = new int[bins];
            var run = runs[c];
            for (int i = 0; i < run.Ritz.Length; i++)
            {
                int b = Math.Clamp((int)Math.Floor((run.Ritz[i] - lo) / (hi - lo) * bins), 0, bins - 1);
                counts[c][b]++;
                mass[c][b] += i < run.Weights.Length ? run.Weights[i] : 0;
            }
        }
        return new RitzHeatmap(edges, [.. steps], mass, counts);
    }
}
