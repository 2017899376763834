using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Components.Chapter4.Trajectory;

/// <summary>The options of the trajectory charts (each instance kept by its component: a new instance means updateOptions).</summary>
internal static class TrajectoryCharts
{
    /// <summary>λmax and λmin (and the second largest) colours, readable on both themes.</summary>
    public const string MaxColor = "#e53935", MinColor = "#1e88e5", SecondColor = "#fb8c00";

    /// <summary>Outliers above and below the bulk.</summary>
    public const string AboveColor = "#8e24aa", BelowColor = "#00897b";

    /// <summary>Training losses: the last batch's, the full training set's, the held-out split's.</summary>
    public const string BatchColor = "#90a4ae", TrainColor = "#1e88e5", HeldOutColor = "#e53935";

    /// <summary>Lines (with markers where asked) against a step axis; one width and marker size per shown curve.</summary>
    public static ApexChartOptions Curves(string xTitle, string yTitle, IReadOnlyList<LiveCurve> shown, TickFormat yFormat, StepAxis? axis = null, int height = 280) => new()
    {
        Chart = new ChartSettings { Type = ApexChartType.Line, Height = height.ToString(System.Globalization.CultureInfo.InvariantCulture), Zoom = ChartToggle.On, Animations = ChartToggle.Off },
        Xaxis = axis?.Options(xTitle) ?? new AxisOptions { Title = new AxisTitle(xTitle), TickAmount = 8, Labels = new AxisLabels { Format = TickFormat.Integer } },
        Yaxis = new AxisOptions { Title = new AxisTitle(yTitle), TickAmount = 5, Labels = new AxisLabels { Format = yFormat } },
        Stroke = new StrokeOptions { Width = [.. shown.Select(c => c.Width)], Curve = "straight" },
        Markers = new MarkerOptions { SizePerSeries = [.. shown.Select(c => c.Marker)], StrokeWidth = 0 },
        Legend = new LegendOptions { Position = "bottom" },
        DataLabels = ChartToggle.Off,
    };

    /// <summary>
    /// The ridgeline: one band per checkpoint from its baseline to baseline + scaled density, earliest row at the top
    /// and the newest in front at the bottom (TensorBoard's offset view); the offsets make y meaningless, so it has no labels.
    /// </summary>
    public static ApexChartOptions Ridgeline(IReadOnlyList<string> colors, double top, double lower, double upper) => new()
    {
        Chart = new ChartSettings { Type = ApexChartType.RangeArea, Height = "420", Zoom = ChartToggle.On, Animations = ChartToggle.Off },
        Xaxis = new AxisOptions { Title = new AxisTitle("eigenvalue t"), Min = lower, Max = upper, TickAmount = 10, Labels = new AxisLabels { Format = TickFormat.Fixed2 } },
        Yaxis = new AxisOptions { Title = new AxisTitle("checkpoint (offset; earliest at the top)"), Min = 0, Max = top, Labels = new AxisLabels { Show = false } },
        Colors = colors,
        Fill = new FillOptions { Opacity = [.. colors.Select(_ => 0.55)] },
        Stroke = new StrokeOptions { Width = [.. colors.Select(_ => 1.5)], Curve = "straight" },
        Markers = new MarkerOptions { Size = 0 },
        Legend = new LegendOptions { Position = "bottom" },
        DataLabels = ChartToggle.Off,
    };

    /// <summary>The heatmap: one row per checkpoint, cells at the bins' centres on a numeric eigenvalue axis, colours by range.</summary>
    public static ApexChartOptions Heatmap(IReadOnlyList<HeatmapColorRange> ranges, double lower, double upper, int rows) => new()
    {
        Chart = new ChartSettings { Type = ApexChartType.Heatmap, Height = (90 + 34 * rows).ToString(System.Globalization.CultureInfo.InvariantCulture), Animations = ChartToggle.Off },
        Xaxis = new AxisOptions { Type = "numeric", Title = new AxisTitle("eigenvalue (bin centre)"), Min = lower, Max = upper, TickAmount = 10, Labels = new AxisLabels { Format = TickFormat.Fixed2 } },
        Stroke = new StrokeOptions { Width = [0] },
        Legend = new LegendOptions { Position = "bottom" },
        DataLabels = ChartToggle.Off,
        PlotOptions = new PlotOptions { Heatmap = new HeatmapOptions { Radius = 0, EnableShades = false, ColorScale = new HeatmapColorScale { Ranges = ranges } } },
    };
}
