namespace HessianDashboard.Torch.Data.Location;

/// <summary>
/// One canonical download: the file's name, the MD5 of the bytes served (as published by the data set's
/// authors / torchvision), and mirror URLs tried in order. For an archive, <see cref="ArchiveMembers"/> names the
/// files extracted from it (matched by file name, any folder inside the .tar.gz).
/// </summary>
public sealed record DownloadSource(string FileName, string Md5, IReadOnlyList<Uri> Urls, IReadOnlyList<string>? ArchiveMembers = null)
{
    /// <summary>The files this source provides once saved (the archive's members, or the file itself).</summary>
    public IReadOnlyList<string> Provides => ArchiveMembers ?? [FileName];
}
