namespace HessianDashboard.Torch.Data.Location;

/// <summary>
/// What a data set's files are called and where they come from. Files live in a folder named one of
/// <see cref="Folders"/> under a data root; a ".gz" file may also be present uncompressed (same name without ".gz").
/// </summary>
/// <param name="Kind">The data set.</param>
/// <param name="Id">Its command-line / configuration name, e.g. "fashion-mnist".</param>
/// <param name="DisplayName">Its human name, e.g. "FashionMNIST".</param>
/// <param name="Folders">Folder names under a data root, the first being where downloads go.</param>
/// <param name="TrainFiles">Files of the training split.</param>
/// <param name="TestFiles">Files of the test split (empty when there is none).</param>
/// <param name="Downloads">Canonical sources.</param>
public sealed record DatasetDescriptor(
    DatasetKind Kind,
    string Id,
    string DisplayName,
    IReadOnlyList<string> Folders,
    IReadOnlyList<string> TrainFiles,
    IReadOnlyList<string> TestFiles,
    IReadOnlyList<DownloadSource> Downloads)
{
    /// <summary>The files of <paramref name="split"/>.</summary>
    public IReadOnlyList<string> Files(DataSplit split) => split == DataSplit.Train ? TrainFiles : TestFiles;

    /// <summary>Whether the data set publishes <paramref name="split"/>.</summary>
    public bool HasSplit(DataSplit split) => Files(split).Count > 0;

    /// <summary>The downloads needed for <paramref name="split"/>.</summary>
    public IReadOnlyList<DownloadSource> DownloadsFor(DataSplit split) =>
        [.. Downloads.Where(d => d.Provides.Any(Files(split).Contains))];
}
