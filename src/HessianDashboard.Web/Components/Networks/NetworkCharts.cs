using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Components.Networks;

/// <summary>The options of the network pages' charts (each instance kept by its component).</summary>
internal static class NetworkCharts
{
    public static readonly string[] LossColors = ["#1e88e5", "#e53935"];

    /// <summary>Loss curves against the optimizer step (live) or the epoch / evaluation (results).</summary>
    public static ApexChartOptions Loss(string xTitle, int? xMax = null) => new()
    {
        Chart = new ChartSettings { Type = ApexChartType.Line, Height = "300", Zoom = ChartToggle.On, Animations = ChartToggle.Off },
        Xaxis = new AxisOptions { Title = new AxisTitle(xTitle), Min = 0, Max = xMax, TickAmount = xMax is { } max ? Math.Clamp(max, 1, 10) : 10, Labels = new AxisLabels { Format = TickFormat.Integer } },
        Yaxis = new AxisOptions { Title = new AxisTitle("loss"), Labels = new AxisLabels { Format = TickFormat.Fixed2 } },
        Colors = LossColors,
        Stroke = new StrokeOptions { Width = [1.5, 2.5], Curve = "straight" },
        Markers = new MarkerOptions { Size = 0 },
        Legend = new LegendOptions { Position = "bottom" },
    };

    /// <summary>Ritz values over the exact eigenvalues by index (thesis Fig 4.2): sorted values, exact under Ritz.</summary>
    public static ApexChartOptions RitzVersusExact(int count) => new()
    {
        Chart = new ChartSettings { Type = ApexChartType.Scatter, Height = "340", Zoom = ChartToggle.On, Animations = ChartToggle.Off },
        Xaxis = new AxisOptions { Title = new AxisTitle("index i (ascending)"), Min = 0, Max = count, TickAmount = Math.Clamp(count, 1, 10), Labels = new AxisLabels { Format = TickFormat.Integer } },
        Yaxis = new AxisOptions { Title = new AxisTitle("eigenvalue"), Labels = new AxisLabels { Format = TickFormat.Fixed2 } },
        // The exact values drawn larger so they show as grey rings around converged Ritz values.
        Colors = ["#9e9e9e", "#7b1fa2"],
        Markers = new MarkerOptions { SizePerSeries = [7, 3.5], StrokeWidth = 0 },
        Legend = new LegendOptions { Position = "bottom" },
    };

    /// <summary>Where empty bins are drawn on the log-count histogram.</summary>
    public const double EmptyBinOnLog = 0.1;

    /// <summary>
    /// The exact spectrum's histogram as a step outline; log count when asked (empty bins drawn at <see cref="EmptyBinOnLog"/>).
    /// Both axes are <see cref="NiceScale"/>s: ticks at round eigenvalues (0, 0.1, 0.2 …) and, on the linear view, whole counts.
    /// </summary>
    public static ApexChartOptions Histogram(bool logCount, double largestCount, double low, double high)
    {
        var x = NiceScale.Of(low, high);
        var counts = NiceScale.Counts(largestCount);
        return new()
        {
            Chart = new ChartSettings { Type = ApexChartType.Area, Height = "300", Zoom = ChartToggle.On, Animations = ChartToggle.Off },
            Xaxis = new AxisOptions { Type = "numeric", Title = new AxisTitle("eigenvalue"), Min = x.Min, Max = x.Max, TickAmount = x.TickAmount, Labels = new AxisLabels { Format = x.Format } },
            // The linear count axis needs its own tick amount: ApexCharts 7.6.1 builds the x ticks with the y axis' rule
            // for small ranges (a y formatter without a y tick amount cuts the x ticks to ⌈x range⌉), which left an
            // eigenvalue range under 1 with just its two end labels.
            Yaxis = logCount
                ? Lab.LabCharts.LogY("count (log; empty bins at 10⁻¹)", EmptyBinOnLog, Math.Max(largestCount, 10))
                : new AxisOptions { Title = new AxisTitle("count"), Min = 0, Max = counts.Max, TickAmount = counts.TickAmount, Labels = new AxisLabels { Format = TickFormat.Integer } },
            Colors = ["#00897b"],
            DataLabels = ChartToggle.Off,
            Stroke = new StrokeOptions { Width = [1.5], Curve = "stepline" },
            Markers = new MarkerOptions { Size = 0 },
            Legend = new LegendOptions { Position = "bottom" },
        };
    }
}
