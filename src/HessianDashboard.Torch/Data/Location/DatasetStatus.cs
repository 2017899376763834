namespace HessianDashboard.Torch.Data.Location;

/// <summary>
/// What the dashboard knows about one data set without touching the network: which splits are on disk and where,
/// whether a missing split may be downloaded, and what to do otherwise — for the data page and <c>hessian data</c>.
/// </summary>
/// <param name="Dataset">The data set.</param>
/// <param name="Splits">One entry per published split.</param>
/// <param name="CanDownload">Whether downloads are allowed by configuration (not whether the network is up).</param>
/// <param name="Advice">Empty when every split is present; else which files to put where, or that it will be downloaded.</param>
public sealed record DatasetStatus(DatasetDescriptor Dataset, IReadOnlyList<SplitStatus> Splits, bool CanDownload, string Advice)
{
    /// <summary>Whether every published split is present.</summary>
    public bool IsComplete => Splits.All(s => s.IsAvailable);

    /// <summary>Whether at least one split is present (so a run can use it, e.g. the test split as training data).</summary>
    public bool IsUsable => Splits.Any(s => s.IsAvailable);

    /// <summary>The status of <paramref name="split"/>.</summary>
    public SplitStatus this[DataSplit split] => Splits.Single(s => s.Split == split);
}
