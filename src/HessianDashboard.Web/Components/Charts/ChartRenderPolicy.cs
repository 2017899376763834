using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Components.Charts;

/// <summary>
/// Turns a chart's options and series into what <c>charts.js</c> receives: series and theme filled in,
/// a transparent background, a numeric x axis, and the dense-series settings (docs/decisions/003):
/// ApexCharts' "auto" renderer, which paints markers on a canvas above <see cref="DenseThreshold"/> of them
/// (a line without markers is one SVG path at any length), and, for dense series, animations and data labels off.
/// </summary>
public static class ChartRenderPolicy
{
    /// <summary>Above this many points in all series together a chart is dense.</summary>
    public const int DenseThreshold = 2000;

    /// <summary>The total number of points in <paramref name="series"/>.</summary>
    public static int PointCount(IReadOnlyList<ChartSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.Sum(s => s.Data.Count);
    }

    /// <summary>True when <paramref name="series"/> has more than <see cref="DenseThreshold"/> points.</summary>
    public static bool IsDense(IReadOnlyList<ChartSeries> series) => PointCount(series) > DenseThreshold;

    /// <summary>The full options sent to <c>create</c>; options the caller set explicitly win, except the series and theme mode.</summary>
    public static ApexChartOptions Prepare(ApexChartOptions options, IReadOnlyList<ChartSeries> series, ChartThemeMode mode)
    {
        ArgumentNullException.ThrowIfNull(options);
        bool dense = IsDense(series);
        var chart = options.Chart ?? new ChartSettings();
        chart = chart with
        {
            Background = chart.Background ?? "transparent",
            // "auto" lets ApexCharts switch to canvas by itself when appended data crosses the threshold.
            Renderer = chart.Renderer ?? ChartRenderer.Auto,
            RendererThreshold = chart.RendererThreshold ?? DenseThreshold,
            Animations = dense ? ChartToggle.Off : chart.Animations,
        };
        return options with
        {
            Chart = chart,
            Series = series,
            Xaxis = (options.Xaxis ?? new AxisOptions()) with { Type = options.Xaxis?.Type ?? "numeric" },
            DataLabels = dense ? ChartToggle.Off : options.DataLabels,
            Theme = (options.Theme ?? new ThemeOptions()) with { Mode = mode },
        };
    }

    /// <summary>The partial options that switch a chart that just became dense to the dense settings.</summary>
    public static ApexChartOptions DenseUpdate() => new()
    {
        Chart = new ChartSettings { Animations = ChartToggle.Off },
        DataLabels = ChartToggle.Off,
    };
}
