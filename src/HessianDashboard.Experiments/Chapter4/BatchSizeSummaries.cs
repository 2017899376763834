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
                g.Count(r => r.SpuriousNegatives.Length > 0), g.Count());
        })];
    }

    /// <summary>log10(Lanczos seconds) against log10(batch size) over every run; null with fewer than two distinct sizes.</summary>
    public static PowerLawFit? FitRuntime(IReadOnlyCollection<BatchRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var usable = runs.Where(r => r.LanczosSeconds > 0).ToArray();
        if (usable.Select(r => r.BatchSize).Distinct().Count() < 2) return null;
        return PowerLawFit.Fit([.. usable.Select(r => (double)r.BatchSize)], [.. usable.Select(r => r.LanczosSeconds)]);
    }
}
