using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Lab;

namespace HessianDashboard.Web.Components.Chapter4.Blocks;

/// <summary>The block densities' small multiples: one shared x range (the common grid, widened to round ticks) and one shared y scale.</summary>
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

    /// <summary>A small multiple: φσ on [lower, upper] with y in [0, top] (or log y down to top·<see cref="LogDepth"/>).</summary>
    public static ApexChartOptions SmallMultiple(string color, double lower, double upper, double top, bool logDensity) => new()
    {
        Chart = new ChartSettings { Type = ApexChartType.Area, Height = "190", Zoom = ChartToggle.On, Animations = ChartToggle.Off },
        Xaxis = NiceAxis(lower, upper, "eigenvalue λ"),
        Yaxis = logDensity
            ? LabCharts.LogY("φσ (log)", top * LogDepth, top)
            : new AxisOptions { Title = new AxisTitle("φσ"), Min = 0, Max = top, TickAmount = 2, Labels = new AxisLabels { Format = FormatFor(top) } },
        Colors = [color],
        Fill = new FillOptions { Opacity = [0.3] },
        Stroke = new StrokeOptions { Width = [1.5], Curve = "straight" },
        Markers = new MarkerOptions { Size = 0 },
        DataLabels = ChartToggle.Off,
        Legend = new LegendOptions { Show = false },
    };

    /// <summary>
    /// A numeric axis over [lower, upper] widened to multiples of a round step (1, 2, 2.5 or 5 × 10^k, about 5
    /// intervals), so ticks fall on round numbers, labelled as integers when the step is whole.
    /// </summary>
    public static AxisOptions NiceAxis(double lower, double upper, string title)
    {
        if (!(upper > lower)) upper = lower + Math.Max(1e-12, Math.Abs(lower));
        double step = NiceStep((upper - lower) / 5);
        double min = Math.Floor(lower / step + 1e-9) * step, max = Math.Ceiling(upper / step - 1e-9) * step;
        var format = step >= 1 && Math.Abs(step - Math.Round(step)) < 1e-9 ? TickFormat.Integer : FormatFor(step);
        return new AxisOptions
        {
            Type = "numeric", Title = new AxisTitle(title), Min = min, Max = max, TickAmount = (int)Math.Round((max - min) / step),
            Labels = new AxisLabels { Format = format },
        };
    }

    /// <summary>The smallest of 1, 2, 2.5, 5 × 10^k that is ≥ <paramref name="raw"/>.</summary>
    public static double NiceStep(double raw)
    {
        double decade = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (double m in (double[])[1, 2, 2.5, 5, 10])
            if (m * decade >= raw * (1 - 1e-12)) return m * decade;
        return 10 * decade;
    }

    /// <summary>The density on the grid; on the log scale values below the floor are drawn at it.</summary>
    public static ChartSeries Density(string name, double[] grid, double[] density, double? logFloor) =>
        new(name, [.. grid.Select((t, g) => new ChartPoint(t, logFloor is { } floor ? Math.Max(density[g], floor) : density[g]))]);

    /// <summary>Tick labels that keep a few significant digits for values or steps of this magnitude.</summary>
    public static TickFormat FormatFor(double magnitude) => magnitude switch
    {
        >= 10_000 or (> 0 and < 0.01) => TickFormat.Scientific,
        >= 100 => TickFormat.Integer,
        _ => TickFormat.Fixed2,
    };
}
