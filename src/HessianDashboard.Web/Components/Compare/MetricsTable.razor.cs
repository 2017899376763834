using System.Text;
using HessianDashboard.Web.Interop;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>The metrics rows of the compared runs, with a CSV download.</summary>
public sealed partial class MetricsTable
{
    [Inject]
    private BrowserFileDownloader Downloader { get; set; } = default!;

    /// <summary>The runs whose rows are shown, in order.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<ComparedRun> Runs { get; set; } = [];

    /// <summary>The report's version: no toolbar (title, CSV), no kind or run-time columns nor empty optional ones, short ids, small type.</summary>
    [Parameter]
    public bool Compact { get; set; }

    private IReadOnlyList<RunMetricsRow> Rows => [.. Runs.Where(r => r.Data is not null).SelectMany(r => r.Data!.Metrics)];

    /// <summary>Whether a column shows: always, except in the compact table when no row has a value for it.</summary>
    private bool Has(Func<RunMetricsRow, double?> value) => !Compact || Rows.Any(r => value(r) is not null);

    private string ColorOf(string runId) => Runs.FirstOrDefault(r => r.Id == runId)?.Color ?? ComparePalette.Of(0);

    private Task DownloadCsvAsync() =>
        Downloader.DownloadAsync("compare-metrics.csv", "text/csv", Encoding.UTF8.GetBytes(MetricsCsv.ToCsv(Rows)));
}
