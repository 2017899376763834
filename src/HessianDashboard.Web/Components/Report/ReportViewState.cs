namespace HessianDashboard.Web.Components.Report;

/// <summary>
/// A report: its runs, what it shows of them and how, its title and its notes (markdown). Everything but long notes is
/// carried by its link (<see cref="ReportQuery"/>).
/// </summary>
public sealed record ReportViewState
{
    /// <summary>The longest title kept.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest notes carried by the link (characters, before encoding); longer notes live only in the page.</summary>
    public const int MaxNotesInLink = 2000;

    /// <summary>The title of a new report.</summary>
    public const string DefaultTitle = "Hessian spectra review";

    public IReadOnlyList<string> Runs { get; init; } = [];
    public string Title { get; init; } = DefaultTitle;
    public ReportCharts Charts { get; init; } = ReportCharts.Default;
    public ReportLayout Layout { get; init; } = ReportLayout.Overlaid;
    public string Notes { get; init; } = "";

    /// <summary>Whether the notes are short enough to travel in the link.</summary>
    public bool NotesInLink => Notes.Length <= MaxNotesInLink;

    /// <summary>Whether the report shows <paramref name="chart"/>.</summary>
    public bool Shows(ReportCharts chart) => (Charts & chart) == chart && chart != ReportCharts.None;

    /// <summary>The same report with <paramref name="chart"/> shown or not.</summary>
    public ReportViewState With(ReportCharts chart, bool shown) => this with { Charts = shown ? Charts | chart : Charts & ~chart };

    public bool Equals(ReportViewState? other) =>
        other is not null && Runs.SequenceEqual(other.Runs) && Title == other.Title && Charts == other.Charts && Layout == other.Layout && Notes == other.Notes;

    public override int GetHashCode() => HashCode.Combine(string.Join(',', Runs), Title, Charts, Layout, Notes);
}
