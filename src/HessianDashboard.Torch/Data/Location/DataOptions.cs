namespace HessianDashboard.Torch.Data.Location;

/// <summary>
/// Where <see cref="DataLocator"/> looks for data and whether it may download; bound to the configuration section "Data"
/// (<c>Data:Directory</c>, <c>Data:AllowDownload</c>); the CLI sets <see cref="Directory"/> from <c>--data-dir</c>.
/// </summary>
public sealed class DataOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Data";

    /// <summary>The environment variable read when <see cref="Directory"/> is not set.</summary>
    public const string EnvironmentVariable = "HESSIAN_DATA_DIR";

    /// <summary>The configured data directory; null falls back to the HESSIAN_DATA_DIR environment variable.</summary>
    public string? Directory { get; set; }

    /// <summary>Whether missing files may be downloaded from their canonical source (checksum-verified).</summary>
    public bool AllowDownload { get; set; } = true;

    /// <summary>Where downloads are saved; null: the data directory, else the user's local application data folder.</summary>
    public string? DownloadDirectory { get; set; }

    /// <summary>System-wide data roots searched after the data directory (Debian installs data sets under /usr/share/datasets).</summary>
    public IList<string> SystemRoots { get; set; } = ["/usr/share/datasets"];

    /// <summary>Reads environment variables; replaceable so tests do not depend on the machine's environment.</summary>
    public Func<string, string?> ReadEnvironment { get; set; } = Environment.GetEnvironmentVariable;

    /// <summary>The data directory in force: <see cref="Directory"/>, else HESSIAN_DATA_DIR, else null.</summary>
    public string? EffectiveDirectory
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(Directory)) return Directory;
            string? fromEnvironment = ReadEnvironment(EnvironmentVariable);
            return string.IsNullOrWhiteSpace(fromEnvironment) ? null : fromEnvironment;
        }
    }

    /// <summary>Where downloads go: <see cref="DownloadDirectory"/>, else the data directory, else &lt;local app data&gt;/HessianDashboard/data.</summary>
    public string EffectiveDownloadDirectory =>
        DownloadDirectory ?? EffectiveDirectory
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "HessianDashboard", "data");
}
