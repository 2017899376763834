using System.Buffers.Text;
using System.Text;
using HessianDashboard.Web.Components.Compare;

namespace HessianDashboard.Web.Components.Report;

/// <summary>
/// A report's link: <c>/report?runs=a,b&amp;title=…&amp;charts=spectra,metrics&amp;layout=per-run&amp;notes=…</c>, the notes
/// as base64url of their UTF-8 when at most <see cref="ReportViewState.MaxNotesInLink"/> characters (else left out).
/// Defaults are left out. <see cref="Parse"/> never throws: junk reads as the default and is named in the messages.
/// </summary>
public static class ReportQuery
{
    /// <summary>The page's address without the query.</summary>
    public const string Path = "report";

    private static readonly (ReportCharts Chart, string Name)[] ChartNames =
        [(ReportCharts.Spectra, "spectra"), (ReportCharts.Ladders, "ladders"), (ReportCharts.Densities, "densities"), (ReportCharts.Metrics, "metrics")];

    public static string Format(ReportViewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return QueryValues.Join(
        [
            ("runs", state.Runs.Count == 0 ? null : string.Join(',', state.Runs)),
            ("title", state.Title == ReportViewState.DefaultTitle ? null : state.Title),
            ("charts", state.Charts == ReportCharts.Default ? null : ChartList(state.Charts)),
            ("layout", state.Layout == ReportLayout.PerRun ? "per-run" : null),
            ("notes", state.Notes.Length == 0 || !state.NotesInLink ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(state.Notes))),
        ]);
    }

    /// <summary>The relative address of <paramref name="state"/>: "report?…".</summary>
    public static string Uri(ReportViewState state)
    {
        string query = Format(state);
        return query.Length == 0 ? Path : $"{Path}?{query}";
    }

    /// <summary>The report a link describes, and what in it was ignored or cut.</summary>
    public static (ReportViewState State, IReadOnlyList<string> Messages) Parse(string? uriOrQuery)
    {
        var messages = new List<string>();
        var query = QueryValues.Parse(uriOrQuery);
        var state = new ReportViewState
        {
            Runs = RunIds.Parse(query.Text("runs"), messages),
            Title = Title(query.Text("title"), messages),
            Charts = query.Text("charts") is { } charts ? Charts(charts, messages) : ReportCharts.Default,
            Layout = Layout(query.Text("layout"), messages),
            Notes = Notes(query.Text("notes"), messages),
        };
        return (state, messages);
    }

    /// <summary>"spectra,metrics"; "none" for nothing.</summary>
    public static string ChartList(ReportCharts charts) =>
        charts == ReportCharts.None ? "none" : string.Join(',', ChartNames.Where(c => (charts & c.Chart) != 0).Select(c => c.Name));

    private static string Title(string? text, List<string> messages)
    {
        if (text is null) return ReportViewState.DefaultTitle;
        string title = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)); // one line
        if (title.Length <= ReportViewState.MaxTitleLength) return title;
        messages.Add($"The title was cut to {ReportViewState.MaxTitleLength} characters.");
        return title[..ReportViewState.MaxTitleLength];
    }

    private static ReportCharts Charts(string text, List<string> messages)
    {
        var charts = ReportCharts.None;
        foreach (string name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = ChartNames.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            if (match.Name is not null) charts |= match.Chart;
            else if (name != "none") messages.Add($"There is no '{QueryValues.Shorten(name)}' chart (use spectra, ladders, densities or metrics); it was ignored.");
        }
        return charts;
    }

    private static ReportLayout Layout(string? text, List<string> messages)
    {
        if (text is null or "overlay") return ReportLayout.Overlaid;
        if (text == "per-run") return ReportLayout.PerRun;
        messages.Add($"Layout '{QueryValues.Shorten(text)}' is neither overlay nor per-run; overlay is used.");
        return ReportLayout.Overlaid;
    }

    private static string Notes(string? text, List<string> messages)
    {
        if (string.IsNullOrEmpty(text)) return "";
        // base64url's encoded length for 2000 characters of up to 4 UTF-8 bytes each; anything longer is not ours
        if (text.Length <= Base64Url.GetEncodedLength(4 * ReportViewState.MaxNotesInLink) && Base64Url.IsValid(text))
        {
            try
            {
                return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Base64Url.DecodeFromChars(text));
            }
            catch (DecoderFallbackException)
            {
            }
        }
        messages.Add("The notes in the link could not be read (not base64url of UTF-8 text); the report starts without notes.");
        return "";
    }
}
