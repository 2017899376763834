using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>Per-size summaries and the runtime power law of a batch-size study, computed from its runs alone.</summary>
public static class BatchSizeSummaries
{
    /// <summary>One summary per batch size, ascending.</summary>
    public static IReadOnlyList<BatchSizeSummary> Of(IReadOnlyCollection<BatchRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return [.. runs.GroupBy(r => r.BatchSize).OrderBy(g => g.Key).Select(g =>
        {
            var l1 = g.Where(r => r.L1 is not null).Select(r => r.L1!.Value).ToArray();
            var l2 = g.Where(r => r.L2 is not null).Select(r => r.L2!.Value).ToArray();
            return new BatchSizeSummary(g.Key, g.First().IsFull,
                SampleStatistics.Of([.. g.Select(r => r.LanczosSeconds)]), SampleStatistics.Of([.. g.Select(r => r.GradientNorm)]),
                l1.Length > 0 ? SampleStatistics.Of(l1) : null, l2.Length > 0 ? SampleStatistics.Of(l2) : null,
                g.Count(r => r.SpuriousNegatives.Length > 0), g.Count(), Median([.. g.Select(r => r.LanczosSeconds)]));
        })];
    }

    /// <summary>
    /// log10(median Lanczos seconds) against log10(batch size), one point per size with a positive, finite time: the
    /// median keeps one slow repeat (a first run's one-off costs, a busy machine) from bending the slope as a mean or a
    /// fit over every repeat would. Null with fewer than two such sizes.
    /// </summary>
    public static PowerLawFit? FitRuntime(IReadOnlyCollection<BatchRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var medians = MedianRuntimes(runs);
        return medians.Count < 2 ? null : PowerLawFit.Fit([.. medians.Select(m => (double)m.BatchSize)], [.. medians.Select(m => m.Seconds)]);
    }

    /// <summary>The median Lanczos seconds of each batch size over its runs with a positive, finite time, ascending by size.</summary>
    public static IReadOnlyList<(int BatchSize, double Seconds)> MedianRuntimes(IEnumerable<BatchRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return [.. runs.Where(r => r.LanczosSeconds > 0 && double.IsFinite(r.LanczosSeconds)).GroupBy(r => r.BatchSize).OrderBy(g => g.Key)
            .Select(g => (g.Key, Median([.. g.Select(r => r.LanczosSeconds)])))];
    }

    /// <summary>The middle value (mean of the two middle ones for an even count).</summary>
    /// <exception cref="ArgumentException">No values.</exception>
    public static double Median(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) throw new ArgumentException("No values.", nameof(values));
        var sorted = values.Order().ToArray();
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
