using System.ComponentModel.DataAnnotations;

namespace HessianDashboard.Web.Options;

/// <summary>The <c>Dashboard</c> section of the root <c>appsettings.json</c>.</summary>
public sealed class DashboardOptions
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "Dashboard";

    /// <summary>Shown in the app bar and the browser tab.</summary>
    [Required]
    public string Title { get; set; } = "HessianDashboard";

    /// <summary>
    /// Where the repository's <c>docs/</c> folder can be browsed (e.g. a hosted copy of the repository);
    /// when null the home page lists the documents by their path in the repository.
    /// </summary>
    public Uri? DocsBaseUrl { get; set; }
}
