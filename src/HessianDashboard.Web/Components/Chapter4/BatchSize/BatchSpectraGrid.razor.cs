using System.Globalization;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Charts.Config;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Chapter4.BatchSize;

/// <summary>The small multiples of a batch-size study: rows by batch size (the full batch last), a panel per run.</summary>
public sealed partial class BatchSpectraGrid
{
    private BatchSizeStudyResult? _shown;
    private IReadOnlyList<Row> _rows = [];

    [Parameter, EditorRequired]
    public BatchSizeStudyResult Result { get; set; } = default!;

    /// <summary>Panels side by side on a medium screen: the repeats of a size in one row (two to four).</summary>
    private int PanelWidth => 12 / Math.Clamp(Result.Request.Repeats, 2, 4);

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(Result, _shown)) return;
        _shown = Result;
        var full = Result.Full;
        _rows = [.. Result.Runs.GroupBy(r => r.BatchSize).OrderBy(g => g.First().IsFull).ThenBy(g => g.Key).Select(g =>
        {
            var runs = g.OrderBy(r => r.Repeat).ToArray();
            var range = BatchSizeCharts.Range(runs, full);
            string title = runs[0].IsFull
                ? $"Full batch, b = {g.Key:N0} (the reference is run #1; the repeats rerun the same Hessian and start vector)"
                : $"b = {g.Key:N0}: {runs.Length} random batch{(runs.Length == 1 ? "" : "es")}";
            return new Row(g.Key, title, runs.Count(r => r.SpuriousNegatives.Length > 0), [.. runs.Select(r => MakePanel(r, full, range))]);
        })];
    }

    private static Panel MakePanel(BatchRun run, BatchRun? full, NiceRange range)
    {
        var (options, series) = BatchSizeCharts.Spectrum(run, full, range);
        string name = BatchSizeText.Name(run);
        string subtitle = string.Create(CultureInfo.InvariantCulture, $"{(run.IsFull ? "all samples" : $"seed {run.Seed}")} · loss {run.Loss:G4} · {BatchSizeText.Seconds(run.LanczosSeconds)}");
        return new Panel(run, name, name, subtitle, options, series,
            run.L1?.ToString("R", CultureInfo.InvariantCulture), run.L2?.ToString("R", CultureInfo.InvariantCulture));
    }

    private sealed record Row(int BatchSize, string Title, int Spurious, IReadOnlyList<Panel> Panels);

    private sealed record Panel(BatchRun Run, string Name, string Title, string Subtitle, ApexChartOptions Options, IReadOnlyList<ChartSeries> Series, string? L1, string? L2);
}
