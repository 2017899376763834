using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// One batch size of <see cref="BatchSizeStudyResult"/> over its repeats (L1/L2 over the runs that have them);
/// <paramref name="MedianLanczosSeconds"/> is the runtime the power law is fitted to (null in results stored before).
/// </summary>
public sealed record BatchSizeSummary(int BatchSize, bool IsFull, SampleStatistics LanczosSeconds, SampleStatistics GradientNorm,
    SampleStatistics? L1, SampleStatistics? L2, int RunsWithSpuriousNegatives, int Runs, double? MedianLanczosSeconds = null);
