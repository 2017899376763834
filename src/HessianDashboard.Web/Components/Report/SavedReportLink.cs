using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Web.Components.Compare;

namespace HessianDashboard.Web.Components.Report;

/// <summary>
/// The link of a saved report: <c>/report?saved={id}</c> while the page shows it as saved; with unsaved changes, the
/// saved id followed by the report's own query (<see cref="ReportQuery"/>), whose view then wins over the saved one.
/// A saved report's view is stored as that query without title and notes (<see cref="View"/>).
/// </summary>
public static class SavedReportLink
{
    /// <summary>The query key of the saved report's id.</summary>
    public const string Key = "saved";

    private static readonly string[] ViewKeys = ["runs", "title", "charts", "layout", "notes"];

    /// <summary>The saved report id a link names (as written, possibly malformed), or null.</summary>
    public static string? SavedId(string? uriOrQuery) => QueryValues.Parse(uriOrQuery).Text(Key);

    /// <summary>Whether the link carries a report view of its own (unsaved changes), beyond the saved id.</summary>
    public static bool HasView(string? uriOrQuery)
    {
        var query = QueryValues.Parse(uriOrQuery);
        return ViewKeys.Any(key => query.Text(key) is not null);
    }

    /// <summary>"report?saved=id" when <paramref name="edited"/> is false; else the id and the query of <paramref name="state"/>.</summary>
    public static string Uri(string id, ReportViewState state, bool edited)
    {
        ArgumentNullException.ThrowIfNull(state);
        string saved = $"{ReportQuery.Path}?{Key}={QueryValues.Escape(id)}";
        if (!edited) return saved;
        string query = ReportQuery.Format(state);
        // A report edited back to every default still says it is edited (an empty runs list), or the link would mean the saved one.
        return $"{saved}&{(query.Length == 0 ? "runs=" : query)}";
    }

    /// <summary>What a saved report stores as its view: the report's query without title and notes.</summary>
    public static string View(ReportViewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return ReportQuery.Format(state with { Title = ReportViewState.DefaultTitle, Notes = "" });
    }

    /// <summary>The report a saved one describes: its view with its title and full notes; what in its view was ignored goes to <paramref name="messages"/>.</summary>
    public static ReportViewState State(SavedReport report, ICollection<string> messages)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(messages);
        var (state, problems) = ReportQuery.Parse(report.View);
        foreach (string problem in problems) messages.Add(problem);
        string title = report.Title.Length > ReportViewState.MaxTitleLength ? report.Title[..ReportViewState.MaxTitleLength] : report.Title;
        return state with { Title = title, Notes = report.Notes };
    }

    /// <summary>The draft that saves <paramref name="state"/> (as <paramref name="id"/>, or as a new report when null).</summary>
    public static SavedReportDraft Draft(ReportViewState state, string? id)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new SavedReportDraft { Id = id, Title = state.Title, View = View(state), Notes = state.Notes };
    }
}
