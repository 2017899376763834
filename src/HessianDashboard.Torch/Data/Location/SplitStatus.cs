namespace HessianDashboard.Torch.Data.Location;

/// <summary>Whether one split of a data set is on disk, and where.</summary>
/// <param name="Split">The split.</param>
/// <param name="Found">Its files when present, else null.</param>
public sealed record SplitStatus(DataSplit Split, DataResolution? Found)
{
    /// <summary>Whether the split's files are all present.</summary>
    public bool IsAvailable => Found is not null;
}
