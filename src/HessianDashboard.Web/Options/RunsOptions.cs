using System.ComponentModel.DataAnnotations;

namespace HessianDashboard.Web.Options;

/// <summary>The <c>Runs</c> section: the run history page (imports of run JSON exports).</summary>
public sealed class RunsOptions
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "Runs";

    /// <summary>The largest run export accepted for import, in MiB (the reader's own ceiling is 2 GiB − 1 byte).</summary>
    [Range(1, 2047)]
    public int MaxImportMegabytes { get; set; } = 256;

    /// <summary><see cref="MaxImportMegabytes"/> in bytes.</summary>
    public long MaxImportBytes => MaxImportMegabytes * 1024L * 1024;
}
