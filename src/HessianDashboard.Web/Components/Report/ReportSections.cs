using HessianDashboard.Web.Components.Compare;

namespace HessianDashboard.Web.Components.Report;

/// <summary>A report's sections from its runs and choices: one per chart with every run overlaid, or one per run.</summary>
public static class ReportSections
{
    /// <summary>The height of a report's charts in pixels: two fit on an A4 page with their headings.</summary>
    public const int ChartHeight = 300;

    private static readonly (ReportCharts Chart, CompareTab Tab)[] Overlays =
        [(ReportCharts.Spectra, CompareTab.Spectra), (ReportCharts.Ladders, CompareTab.Ladders), (ReportCharts.Densities, CompareTab.Densities)];

    public static IReadOnlyList<ReportSection> Build(IReadOnlyList<ComparedRun> runs, ReportViewState state)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(state);
        if (runs.Count == 0) return [];
        var view = new CompareViewState { Runs = state.Runs };
        var sections = new List<ReportSection>();
        if (state.Layout == ReportLayout.Overlaid)
        {
            // The runs' notes are in the sheet's list of runs, above the sections.
            var entries = CompareEntry.All(runs, view);
            sections.AddRange(Overlays.Where(o => state.Shows(o.Chart)).Select(o => Charts(o.Tab, entries, view)).OfType<CompareChart>()
                .Select(chart => new ReportSection(chart.Title, [chart], [], [])));
            if (state.Shows(ReportCharts.Metrics)) sections.Add(new ReportSection("Metrics", [], runs, []));
            return sections;
        }
        foreach (var run in runs)
        {
            // A run's own section leaves out what it does not have: its note says why.
            var entries = CompareEntry.All([run], view);
            var charts = Overlays.Where(o => state.Shows(o.Chart)).Select(o => Charts(o.Tab, entries, view)).OfType<CompareChart>()
                .Where(c => c.Empty is null).ToArray();
            string heading = run.Info is { } info ? $"{run.Id} · {info.Title}" : run.Id;
            IReadOnlyList<ComparedRun> metrics = state.Shows(ReportCharts.Metrics) && run.Data is not null ? [run] : [];
            sections.Add(new ReportSection(heading, charts, metrics, Note(run) is { } note ? [note] : []));
        }
        return sections;
    }

    // At most ChartHeight tall (a strip chart of few rows is lower).
    private static CompareChart? Charts(CompareTab tab, IReadOnlyList<CompareEntry> entries, CompareViewState view)
    {
        if (CompareChart.Build(tab, entries, view) is not { } chart) return null;
        int height = Math.Min(ChartHeight, CompareCharts.HeightOf(chart.Options));
        return chart with { Options = chart.Options with { Chart = chart.Options.Chart! with { Height = height.ToString(System.Globalization.CultureInfo.InvariantCulture) } } };
    }

    /// <summary>Why the run shows no spectrum (unknown id, no result, a kind without spectra), or null.</summary>
    public static string? Note(ComparedRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Missing ?? run.Data?.Note;
    }
}
