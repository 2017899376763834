using System.Text;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Interop;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace HessianDashboard.Web.Components.Charts;

/// <summary>
/// A titled card around an <see cref="ApexChart"/> with an export menu: PNG and SVG rendered and saved by the
/// browser; CSV and JSON built on the server from <see cref="ApexChart.CurrentSeries"/> and streamed down.
/// </summary>
public sealed partial class ChartCard
{
    private ApexChart? _chart;

    [Inject]
    private BrowserFileDownloader Downloader { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    [Parameter]
    public string? Subtitle { get; set; }

    [Parameter, EditorRequired]
    public ApexChartOptions Options { get; set; } = new();

    [Parameter]
    public IReadOnlyList<ChartSeries> Series { get; set; } = [];

    [Parameter]
    public string Height { get; set; } = "320px";

    /// <summary>The exported files' name without extension; derived from <see cref="Title"/> when null.</summary>
    [Parameter]
    public string? FileName { get; set; }

    [Parameter]
    public string? Class { get; set; }

    /// <summary>The chart's zoom reports (<see cref="ApexChart.OnZoomed"/>).</summary>
    [Parameter]
    public EventCallback<AxisRange?> OnZoomed { get; set; }

    /// <summary>The x range the chart starts zoomed to (<see cref="ApexChart.InitialXRange"/>).</summary>
    [Parameter]
    public AxisRange? InitialXRange { get; set; }

    /// <summary>Shown under the chart, e.g. a caption.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <summary>The chart, for live updates (<see cref="ApexChart.AppendAsync"/> and friends); null before the first render.</summary>
    public ApexChart? Chart => _chart;

    private string BaseName => FileName ?? Slug(Title);

    private Task DownloadPngAsync() => RunAsync("PNG", c => c.DownloadImageAsync(ChartImageFormat.Png, BaseName + ".png"));

    private Task DownloadSvgAsync() => RunAsync("SVG", c => c.DownloadImageAsync(ChartImageFormat.Svg, BaseName + ".svg"));

    private Task DownloadCsvAsync() => RunAsync("CSV", c => Downloader.DownloadAsync(
        BaseName + ".csv", "text/csv", Encoding.UTF8.GetBytes(ChartDataExport.ToCsv(c.CurrentSeries))));

    private Task DownloadJsonAsync() => RunAsync("JSON", c => Downloader.DownloadAsync(
        BaseName + ".json", "application/json", Encoding.UTF8.GetBytes(ChartDataExport.ToJson(c.CurrentSeries))));

    private async Task RunAsync(string what, Func<ApexChart, Task> export)
    {
        if (_chart is not { IsCreated: true } chart)
        {
            Snackbar.Add("The chart is still loading.", Severity.Info);
            return;
        }
        try
        {
            await export(chart);
        }
        catch (JSException e)
        {
            Snackbar.Add($"{what} export failed: {e.Message}", Severity.Error);
        }
    }

    /// <summary>"Ritz values (n = 100)" → "ritz-values-n-100".</summary>
    internal static string Slug(string title)
    {
        var slug = new StringBuilder(title.Length);
        foreach (char c in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        string result = slug.ToString().Trim('-');
        return result.Length == 0 ? "chart" : result;
    }
}
