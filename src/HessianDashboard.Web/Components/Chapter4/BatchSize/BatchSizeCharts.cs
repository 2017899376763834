using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Lab;
using HessianDashboard.Web.Components.Studies;

namespace HessianDashboard.Web.Components.Chapter4.BatchSize;

/// <summary>
/// The series and options of a batch-size study's charts. Log-log charts plot (log10 b, log10 y) on linear axes
/// labelled 10^t (<see cref="LogAxis"/>; ApexCharts has no logarithmic x and fills bands on a log y down to the axis),
/// so their CSV/JSON exports hold log10 values; the runs table's CSV holds the raw numbers.
/// </summary>
internal static class BatchSizeCharts
{
    public const string RunColor = "#42a5f5";
    public const string MedianColor = "#1565c0";
    public const string FitColor = "#ffa726";
    public const string FullColor = "#9e9e9e";
    public const string SpuriousColor = "#e53935";

    /// <summary>
    /// Fig 4.3: every run's Lanczos seconds (faint points), the median per size (bold points: what the power law is
    /// fitted to) and the fitted power law (a dashed line over the sizes run).
    /// </summary>
    public static (ApexChartOptions Options, IReadOnlyList<ChartSeries> Series) Runtime(BatchSizeStudyResult result)
    {
        var runs = result.Runs.Where(r => r.LanczosSeconds > 0 && double.IsFinite(r.LanczosSeconds)).ToArray();
        var medians = BatchSizeSummaries.MedianRuntimes(runs);
        var series = new List<ChartSeries>
        {
            new("every run", [.. runs.Select(r => new ChartPoint(LogAxis.ToLog(r.BatchSize), LogAxis.ToLog(r.LanczosSeconds)))]) { Type = ApexChartType.Scatter, Color = RunColor },
            new("median per size", [.. medians.Select(m => new ChartPoint(LogAxis.ToLog(m.BatchSize), LogAxis.ToLog(m.Seconds)))]) { Type = ApexChartType.Scatter, Color = MedianColor },
        };
        if (result.RuntimeFit is { } fit && runs.Length > 0)
        {
            double lo = LogAxis.ToLog(runs.Min(r => r.BatchSize)), hi = LogAxis.ToLog(runs.Max(r => r.BatchSize));
            series.Add(new ChartSeries($"fit: slope {BatchSizeText.Fixed3(fit.Slope)}", [new(lo, fit.Intercept + fit.Slope * lo), new(hi, fit.Intercept + fit.Slope * hi)])
            { Type = ApexChartType.Line, Color = FitColor });
        }
        var ys = series.SelectMany(s => s.Data).Select(p => p.Y).DefaultIfEmpty(0).ToArray();
        var options = new ApexChartOptions
        {
            Chart = new ChartSettings { Type = ApexChartType.Line, Height = "300", Zoom = ChartToggle.Off, Animations = ChartToggle.Off },
            Xaxis = SizeAxis(runs.Select(r => r.BatchSize)),
            Yaxis = LogAxis.Axis(LogAxis.FromLog(ys.Min()), LogAxis.FromLog(ys.Max()), "Lanczos seconds (log)") with { Type = null },
            Colors = [.. series.Select(s => s.Color!)],
            Fill = new FillOptions { Opacity = [0.35, 1, 1] },
            Stroke = new StrokeOptions { Width = [0, 0, 2], DashArray = [0, 0, 6], Curve = "straight" },
            Markers = new MarkerOptions { SizePerSeries = [3.5, 7, 0], StrokeWidth = 0 },
            Legend = new LegendOptions { Position = "bottom" },
            DataLabels = ChartToggle.Off,
        };
        return (options, series);
    }

    /// <summary>One group of per-size values (min–max band and mean line) for <see cref="Bands"/>.</summary>
    public sealed record Group(string Name, string Color, IReadOnlyList<(int BatchSize, double[] Values)> Points);

    /// <summary>Per size a translucent min–max band under the mean line, log-log (<see cref="StudySeries.Options"/>).</summary>
    public static (ApexChartOptions Options, IReadOnlyList<ChartSeries> Series) Bands(IReadOnlyList<Group> groups, string yTitle)
    {
        var kept = groups.Where(g => g.Points.Count > 0).ToArray();
        var bands = kept.Select(g => new ChartSeries($"{g.Name} min–max", [.. g.Points.Select(p =>
            ChartPoint.Range(LogAxis.ToLog(p.BatchSize), Log(p.Values.Min()), Log(p.Values.Max())))]) { Type = ApexChartType.RangeArea, Color = g.Color });
        var lines = kept.Select(g => new ChartSeries($"{g.Name} mean", [.. g.Points.Select(p => new ChartPoint(LogAxis.ToLog(p.BatchSize), Log(p.Values.Average())))])
        { Type = ApexChartType.Line, Color = g.Color });
        IReadOnlyList<ChartSeries> series = [.. bands, .. lines];
        var sizes = kept.SelectMany(g => g.Points).Select(p => p.BatchSize).DefaultIfEmpty(1).ToArray();
        var options = StudySeries.Options(series, "Hessian batch size b", (sizes.Min(), Math.Max(sizes.Max(), 10)), yTitle);
        return (options with { Xaxis = SizeAxis(sizes) }, series);
    }

    /// <summary>
    /// Thesis Fig 4.4, one panel: the run's Ritz values ascending by index over the full batch's (faint, larger, behind)
    /// and its spurious negatives (red, on top) — a series only when there are any, so the legend has no empty entries.
    /// </summary>
    public static (ApexChartOptions Options, IReadOnlyList<ChartSeries> Series) Spectrum(BatchRun run, BatchRun? full, NiceRange y)
    {
        var series = new List<ChartSeries>();
        if (full is not null && !(run.IsFull && run.Repeat == full.Repeat)) series.Add(new ChartSeries("full batch", Networks.SpectrumSeries.Ritz(full.Ritz)) { Color = FullColor });
        series.Add(new ChartSeries("this batch", Networks.SpectrumSeries.Ritz(run.Ritz)) { Color = RunColor });
        // Spurious values are the smallest Ritz values (all below the threshold), so they sit at the first indices.
        if (run.SpuriousNegatives.Length > 0)
            series.Add(new ChartSeries($"spurious negative ({run.SpuriousNegatives.Length})", [.. run.SpuriousNegatives.Select((v, i) => new ChartPoint(i, v))]) { Color = SpuriousColor });
        int count = Math.Max(1, Math.Max(run.Ritz.Length, full?.Ritz.Length ?? 0));
        var options = new ApexChartOptions
        {
            Chart = new ChartSettings { Type = ApexChartType.Scatter, Height = "220", Zoom = ChartToggle.Off, Animations = ChartToggle.Off, Toolbar = new ChartVisibility(false) },
            Xaxis = new AxisOptions { Title = new AxisTitle("index i (ascending)"), Min = 0, Max = count, TickAmount = Math.Clamp(count, 1, 5), Labels = new AxisLabels { Format = TickFormat.Integer } },
            Yaxis = new AxisOptions
            {
                Title = new AxisTitle("Ritz value θ"), Min = y.Min, Max = y.Max, TickAmount = y.Ticks,
                Labels = new AxisLabels { Format = y.Step >= 0.01 ? TickFormat.Fixed2 : TickFormat.Scientific },
            },
            Colors = [.. series.Select(s => s.Color!)],
            Fill = new FillOptions { Opacity = [.. series.Select(s => s.Color == FullColor ? 0.35 : 1)] },
            Markers = new MarkerOptions { SizePerSeries = [.. series.Select(s => s.Color == FullColor ? 5.5 : s.Color == SpuriousColor ? 4.5 : 2.5)], StrokeWidth = 0 },
            Legend = new LegendOptions { Show = false },
            DataLabels = ChartToggle.Off,
        };
        return (options, series);
    }

    /// <summary>The y range shared by a row of panels: every value shown in it (<see cref="NiceRange.Around"/>).</summary>
    public static NiceRange Range(IEnumerable<BatchRun> runs, BatchRun? full) =>
        NiceRange.Around(runs.SelectMany(r => r.Ritz).Concat(full?.Ritz ?? []).Where(double.IsFinite).DefaultIfEmpty(0).ToArray());

    /// <summary>Batch sizes on a log x axis: whole decades around the sizes run.</summary>
    private static AxisOptions SizeAxis(IEnumerable<int> sizes)
    {
        var all = sizes.DefaultIfEmpty(1).ToArray();
        return LogAxis.Axis(all.Min(), Math.Max(all.Max(), 10), "Hessian batch size b (log)");
    }

    private static double Log(double value) => value > 0 && double.IsFinite(value) ? Math.Log10(value) : double.NaN;
}
