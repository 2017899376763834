using System.ComponentModel.DataAnnotations;

namespace HessianDashboard.Web.Options;

/// <summary>The <c>Checkpoints</c> section: imported safetensors files (stored in the artifact store's <c>imported/</c> folder).</summary>
public sealed class CheckpointsOptions
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "Checkpoints";

    /// <summary>The largest safetensors file accepted for import, in MiB.</summary>
    [Range(1, 16 * 1024)]
    public int MaxUploadMegabytes { get; set; } = 256;

    /// <summary><see cref="MaxUploadMegabytes"/> in bytes.</summary>
    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024;
}
