namespace HessianDashboard.Torch.Data.Location;

/// <summary>
/// The files a run will read, and why: which split was asked for, which is used (the test split stands in for a
/// missing training split only when the caller allowed it), and where the files came from. Goes into run manifests.
/// </summary>
/// <param name="Dataset">The data set.</param>
/// <param name="RequestedSplit">The split asked for.</param>
/// <param name="Split">The split whose files are used.</param>
/// <param name="Directory">The folder holding the files.</param>
/// <param name="Files">Full paths, in the data set's file order (e.g. images then labels; batches 1…5).</param>
/// <param name="Source">Where they were found.</param>
/// <param name="Note">A sentence for the manifest and the user, e.g. why the test split is used for training.</param>
public sealed record DataResolution(
    DatasetDescriptor Dataset, DataSplit RequestedSplit, DataSplit Split, string Directory, IReadOnlyList<string> Files, DataSourceKind Source, string Note)
{
    /// <summary>Whether another split stands in for the requested one.</summary>
    public bool IsSubstitute => Split != RequestedSplit;
}
