using System.ComponentModel.DataAnnotations;

namespace HessianDashboard.Web.Options;

/// <summary>The <c>Lab</c> section of the root <c>appsettings.json</c>: where the synthetic lab keeps uploaded matrices.</summary>
public sealed class LabOptions
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "Lab";

    /// <summary>The data directory, relative to the content root unless absolute; uploads go to its <c>uploads/</c> folder.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>The largest Matrix Market file accepted, in MiB.</summary>
    [Range(1, 1024)]
    public int MaxUploadMegabytes { get; set; } = 64;

    /// <summary>Uploads older than this are deleted when a new one arrives (runs read their file when they start).</summary>
    [Range(1, 24 * 365)]
    public int UploadRetentionHours { get; set; } = 24 * 7;

    /// <summary><see cref="MaxUploadMegabytes"/> in bytes.</summary>
    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024;
}
