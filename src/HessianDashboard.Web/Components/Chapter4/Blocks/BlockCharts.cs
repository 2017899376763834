using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Lab;

namespace HessianDashboard.Web.Components.Chapter4.Blocks;

/// <summary>The block densities' small multiples: one shared x range (the common grid on round ticks) and one shared y scale.</summary>
internal static class BlockCharts
{
    /// <summary>On the log scale the lowest density drawn, relative to the largest of all blocks (the kernel's tails end at 8σ).</summary>
    public const double LogDepth = 1e-6;

    /// <summary>One colour per kind of block: embedding teal, attention blue, MLP orange, LayerNorms purple.</summary>
    public static string ColorOf(string block) => block switch
    {
        "embedding" => "#26a69a",
        _ when block.EndsWith(".attn", StringComparison.Ordinal) => "#42a5f5",
        _ when block.EndsWith(".mlp", StringComparison.Ordinal) => "#ffa726",
        _ => "#ab47bc",
    };

    /// <summary>
    /// A small multiple: φσ over [lower, upper] with y from 0 to ≥ top (or log y down to top·<see cref="LogDepth"/>), both
    /// linear axes on round ticks (<see cref="NiceScale"/>), so every block's chart has the same axes.
    /// </summary>
    public static ApexChartOptions SmallMultiple(string color, double lower, double upper, double top, bool logDensity)
    {
        var x = NiceScale.Of(lower, upper, 6);
        var y = NiceScale.Of(0, top, 3);
        return new()
        {
            // No toolbar or zoom on the small multiples: ten toolbars crowd the panels, and zooming one would break "same axes".
            Chart = new ChartSettings { Type = ApexChartType.Area, Height = "190", Zoom = ChartToggle.Off, Animations = ChartToggle.Off, Toolbar = new ChartVisibility(false) },
            Xaxis = new AxisOptions
            {
                Type = "numeric", Title = new AxisTitle("eigenvalue λ"), Min = x.Min, Max = x.Max, TickAmount = x.TickAmount,
                Labels = new AxisLabels { Format = x.Format },
            },
            Yaxis = logDensity
                ? LabCharts.LogY("φσ (log)", top * LogDepth, top)
                : new AxisOptions { Title = new AxisTitle("φσ"), Min = 0, Max = y.Max, TickAmount = y.TickAmount, Labels = new AxisLabels { Format = y.Format } },
            Colors = [color],
            Fill = new FillOptions { Opacity = [0.3] },
            Stroke = new StrokeOptions { Width = [1.5], Curve = "straight" },
            Markers = new MarkerOptions { Size = 0 },
            DataLabels = ChartToggle.Off,
            Legend = new LegendOptions { Show = false },
        };
    }

    /// <summary>The density on the grid; on the log scale values below the floor are drawn at it.</summary>
    public static ChartSeries Density(string name, double[] grid, double[] density, double? logFloor) =>
        new(name, [.. grid.Select((t, g) => new ChartPoint(t, logFloor is { } floor ? Math.Max(density[g], floor) : density[g]))]);
}
