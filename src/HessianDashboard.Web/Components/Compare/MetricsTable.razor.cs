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

    /// <summary>Whether the CSV button shows (not in a printed report).</summary>
    [Parameter]
    public bool ShowExport { get; set; } = true;

    private IReadOnlyList<RunMetricsRow> Rows => [.. Runs.Where(r => r.Data is not null).SelectMany(r => r.Data!.Metrics)];

    private string ColorOf(string runId) => Runs.FirstOrDefault(r => r.Id == runId)?.Color ?? ComparePalette.Of(0);

    private Task DownloadCsvAsync() =>
        Downloader.DownloadAsync("compare-metrics.csv", "text/csv", Encoding.UTF8.GetBytes(MetricsCsv.ToCsv(Rows)));
}
