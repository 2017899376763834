namespace HessianDashboard.Experiments.Chapter4;

/// <summary>The outcome of an <see cref="ExactVsLanczosRequest"/>: one entry per data set computed, the ones skipped.</summary>
public sealed record ExactVsLanczosResult
{
    public required ExactVsLanczosRequest Request { get; init; }
    public required IReadOnlyList<DatasetSpectra> Datasets { get; init; }
    public required IReadOnlyList<SkippedDataset> Skipped { get; init; }

    /// <summary>False when cancelled (what was done is kept).</summary>
    public required bool Completed { get; init; }
    public required double Seconds { get; init; }
}
