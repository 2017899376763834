using HessianDashboard.Experiments.Common;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Lab;

namespace HessianDashboard.Web.Components.Studies;

/// <summary>
/// Mean ± sd of repeated measurements as a translucent rangeArea band under an opaque mean line, log-log. ApexCharts
/// fills a band on a logarithmic y axis down to the axis (docs/decisions/003), so both coordinates are plotted as
/// log10 on linear axes labelled 10^t (<see cref="LogAxis"/>). A band's lower edge mean − sd can be ≤ 0, which has
/// no logarithm: it is then drawn at <c>floor(stats)</c> (the fastest repeat, the smallest positive count).
/// </summary>
internal static class StudySeries
{
    /// <summary>One group (a variant or a spectrum): its name, colour and (x, statistics) points.</summary>
    public sealed record Group(string Name, string Color, IReadOnlyList<(double X, SampleStatistics Stats)> Points);

    /// <summary>The bands (first: ApexCharts draws a combined chart's bands under its lines), then the lines; (log10 x, log10 y).</summary>
    public static IReadOnlyList<ChartSeries> BandsAndLines(IReadOnlyList<Group> groups, Func<SampleStatistics, double> floor)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var bands = groups.Select(g => new ChartSeries($"{g.Name} ± sd", [.. g.Points.Select(p =>
            ChartPoint.Range(LogAxis.ToLog(p.X), Log(Low(p.Stats, floor)), Log(p.Stats.Mean + p.Stats.StandardDeviation)))])
        { Type = ApexChartType.RangeArea, Color = g.Color });
        var lines = groups.Select(g => new ChartSeries(g.Name, [.. g.Points.Select(p => new ChartPoint(LogAxis.ToLog(p.X), Log(p.Stats.Mean)))])
        { Type = ApexChartType.Line, Color = g.Color });
        return [.. bands, .. lines];
    }

    /// <summary>A log-log band chart for <paramref name="series"/> (from <see cref="BandsAndLines"/>); x and y bounds are raw values.</summary>
    public static ApexChartOptions Options(IReadOnlyList<ChartSeries> series, string xTitle, (double Min, double Max) x, string yTitle, (double Min, double Max)? y = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var logs = series.SelectMany(s => s.Data).SelectMany(p => p.High is { } h ? [p.Y, h] : new[] { p.Y }).Where(double.IsFinite).ToArray();
        var (yMin, yMax) = y ?? (LogAxis.FromLog(logs.DefaultIfEmpty(0).Min()), LogAxis.FromLog(logs.DefaultIfEmpty(1).Max()));
        bool band(ChartSeries s) => s.Type == ApexChartType.RangeArea;
        // Curves that coincide (Full, Double and Selective often do) stay visible as nested stripes: earlier ones are wider.
        int lines = series.Count(s => !band(s)), line = 0;
        var widths = series.Select(s => band(s) ? 0.0 : 1.5 + 1.25 * (lines - 1 - line++)).ToArray();
        return new ApexChartOptions
        {
            Chart = new ChartSettings { Type = ApexChartType.RangeArea, Height = "300", Zoom = ChartToggle.Off, Animations = ChartToggle.Off },
            Xaxis = LogAxis.Axis(x.Min, x.Max, xTitle),
            Yaxis = LogAxis.Axis(yMin, yMax, yTitle) with { Type = null },
            Colors = [.. series.Select(s => s.Color ?? LabPalette.Truth)],
            Fill = new FillOptions { Opacity = [.. series.Select(s => band(s) ? 0.18 : 1)] },
            Stroke = new StrokeOptions { Width = widths, Curve = "straight" },
            Markers = new MarkerOptions { SizePerSeries = [.. series.Select(s => band(s) ? 0.0 : 3.5)], StrokeWidth = 0 },
            Legend = new LegendOptions { Position = "bottom" },
            DataLabels = ChartToggle.Off,
        };
    }

    private static double Log(double value) => value > 0 && double.IsFinite(value) ? Math.Log10(value) : double.NaN;

    private static double Low(SampleStatistics s, Func<SampleStatistics, double> floor)
    {
        double low = s.Mean - s.StandardDeviation;
        return low > 0 ? low : floor(s);
    }
}
