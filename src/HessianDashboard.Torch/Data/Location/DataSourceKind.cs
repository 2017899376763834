namespace HessianDashboard.Torch.Data.Location;

/// <summary>Where resolved data files were found.</summary>
public enum DataSourceKind
{
    /// <summary>The configured data directory (--data-dir, Data:Directory or HESSIAN_DATA_DIR).</summary>
    DataDirectory,

    /// <summary>A system location such as Debian's /usr/share/datasets/fashion-mnist.</summary>
    SystemLocation,

    /// <summary>The download directory, from an earlier download.</summary>
    DownloadCache,

    /// <summary>Downloaded just now from the canonical source and checksum-verified.</summary>
    Downloaded,
}
