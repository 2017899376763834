using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Lab;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>
/// The options of the compare view's overlays: zoomable along x (the zoom goes into the link), no animations, colours
/// from the series, and a fixed y range when the link sets one.
/// </summary>
public static class CompareCharts
{
    /// <summary>The charts' height in pixels.</summary>
    public const int Height = 420;

    private static ChartSettings Settings(ApexChartType type, int height = Height) => new()
    {
        Type = type, Height = height.ToString(System.Globalization.CultureInfo.InvariantCulture), Zoom = ChartToggle.On,
        Animations = ChartToggle.Off,
    };

    /// <summary>A strip chart's height: room for the axis and 45 px a row, between 200 px and <see cref="Height"/>.</summary>
    public static int StripHeight(int rows) => Math.Clamp(140 + 45 * rows, 200, Height);

    /// <summary>The pixel height in <paramref name="options"/>, or <see cref="Height"/>.</summary>
    public static int HeightOf(ApexChartOptions options) =>
        int.TryParse(options?.Chart?.Height, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int h) ? h : Height;

    /// <summary>Strips on a shared λ axis, one row per spectrum named on the y axis.</summary>
    public static ApexChartOptions Strips(IReadOnlyList<ChartSeries> series, IReadOnlyList<string> rows) => new()
    {
        Chart = Settings(ApexChartType.Scatter, StripHeight(rows.Count)),
        Xaxis = new AxisOptions { Title = new AxisTitle("eigenvalue λ (Ritz value θ)"), TickAmount = 8, Labels = new AxisLabels { Format = FormatFor(series, p => p.X) } },
        // Ticks at every whole number from −1 to the row count: the rows' names, and room above and below.
        Yaxis = new AxisOptions
        {
            Min = -1, Max = rows.Count, TickAmount = rows.Count + 1,
            Labels = new AxisLabels { Format = TickFormat.Names, Names = rows, MaxWidth = 260 },
        },
        Colors = Colors(series),
        Markers = new MarkerOptions { Size = 4, StrokeWidth = 0 },
        Legend = new LegendOptions { Show = false }, // the rows are named on the axis
    };

    /// <summary>Ritz value against step k, one colour per run.</summary>
    public static ApexChartOptions Ladders(IReadOnlyList<ChartSeries> series, int? lastStep, AxisRange? y) => new()
    {
        Chart = Settings(ApexChartType.Scatter),
        Xaxis = new AxisOptions
        {
            Title = new AxisTitle("iteration k"), Min = 0, Max = lastStep,
            TickAmount = lastStep is { } m ? Math.Clamp(m, 1, 10) : 10, Labels = new AxisLabels { Format = TickFormat.WholeOrTenths },
        },
        Yaxis = new AxisOptions { Title = new AxisTitle("Ritz value θ"), Min = y?.Min, Max = y?.Max, Labels = new AxisLabels { Format = FormatFor(series, p => p.Y) } },
        Colors = Colors(series),
        Markers = new MarkerOptions { SizePerSeries = Layered(series.Count, 2.5, 5.5), StrokeWidth = 0 },
        Legend = new LegendOptions { Position = "bottom" },
    };

    /// <summary>The SLQ densities, linear or logarithmic in y.</summary>
    public static ApexChartOptions Densities(DensityOverlay overlay, bool logY, AxisRange? y) => new()
    {
        Chart = Settings(ApexChartType.Line),
        Xaxis = new AxisOptions { Title = new AxisTitle("eigenvalue t"), TickAmount = 8, Labels = new AxisLabels { Format = FormatFor(overlay.Series, p => p.X) } },
        Yaxis = logY
            ? LabCharts.LogY("density φσ(t)", y?.Min is > 0 ? y.Min : overlay.Low, y?.Max ?? overlay.High)
            : new AxisOptions { Title = new AxisTitle("density φσ(t)"), Min = y?.Min, Max = y?.Max, Labels = new AxisLabels { Format = FormatFor(overlay.Series, p => p.Y) } },
        Colors = Colors(overlay.Series),
        Stroke = new StrokeOptions { Width = Layered(overlay.Series.Count, 1.5, 4.5), Curve = "straight" },
        Markers = new MarkerOptions { Size = 0 },
        Legend = new LegendOptions { Position = "bottom" },
    };

    /// <summary>
    /// Two decimals when the values' magnitude lies in [0.1, 10⁵) — enough to tell ticks apart — else scientific
    /// (a network's density of 3e-4 would read "0.00").
    /// </summary>
    internal static TickFormat FormatFor(IReadOnlyList<ChartSeries> series, Func<ChartPoint, double> value)
    {
        double largest = series.SelectMany(s => s.Data).Select(p => Math.Abs(value(p))).Where(double.IsFinite).DefaultIfEmpty(1).Max();
        return largest is >= 0.1 and < 1e5 ? TickFormat.Fixed2 : TickFormat.Scientific;
    }

    /// <summary>
    /// Sizes from <paramref name="largest"/> (first series) down to <paramref name="smallest"/> (last): later series are
    /// drawn over earlier ones, so runs with equal values (Full and Selective on an easy spectrum) stay visible as rings.
    /// </summary>
    internal static IReadOnlyList<double> Layered(int count, double smallest, double largest) =>
        count <= 1 ? [smallest + (largest - smallest) / 3] : [.. Enumerable.Range(0, count).Select(i => largest - (largest - smallest) * i / (count - 1))];

    private static IReadOnlyList<string> Colors(IReadOnlyList<ChartSeries> series) =>
        series.Count == 0 ? ["#9e9e9e"] : [.. series.Select(s => s.Color ?? "#9e9e9e")];
}
