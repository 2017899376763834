namespace HessianDashboard.Torch.Data.Location;

/// <summary>A download failed: the server could not be reached or answered an error, or the bytes did not match the checksum.</summary>
public sealed class DataDownloadException : Exception
{
    /// <summary>Creates the exception for <paramref name="url"/>.</summary>
    public DataDownloadException(Uri url, string detail, Exception? inner = null)
        : base($"{url}: {detail}", inner)
    {
        Url = url;
    }

    /// <summary>The URL at fault.</summary>
    public Uri Url { get; }
}
