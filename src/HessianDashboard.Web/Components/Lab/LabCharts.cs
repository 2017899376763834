using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Components.Lab;

/// <summary>The options of the lab's charts (each instance kept by its component: a new instance means updateOptions).</summary>
internal static class LabCharts
{
    /// <summary>
    /// The lowest value drawn on the log axes: exact zeros are real here (a residual bound after an invariant
    /// subspace, a first step's |v₁ᵀv₁ − 1|) and are drawn at this floor, as is anything below machine precision.
    /// </summary>
    public const double LogFloor = 1e-17;

    /// <summary>
    /// A logarithmic y axis from 10^⌊log10 low⌋ to 10^⌈log10 high⌉ with ticks at whole decades labelled 10ᵏ: the top
    /// is raised by up to a few decades so the span splits into at most <see cref="MaxLogTicks"/> equal steps
    /// (ApexCharts only thins decade ticks by a stride that divides their count: 17 decades would keep just the ends).
    /// </summary>
    public static AxisOptions LogY(string title, double low, double high)
    {
        int bottom = (int)Math.Floor(Math.Log10(low) + 1e-9);
        int top = Math.Max(bottom + 1, (int)Math.Ceiling(Math.Log10(Math.Max(high, low)) - 1e-9));
        int stride = 1;
        while (!TryStride(top - bottom, out stride)) top++;
        return new AxisOptions
        {
            Title = new AxisTitle(title), Logarithmic = true, ForceNiceScale = true,
            Min = Math.Pow(10, bottom), Max = Math.Pow(10, top), TickAmount = (top - bottom) / stride,
            Labels = new AxisLabels { Format = TickFormat.Power10 },
        };
    }

    /// <summary>The most decade ticks a log axis shows (intervals).</summary>
    public const int MaxLogTicks = 6;

    // Every decade up to MaxLogTicks of them; beyond, a stride giving 3 to MaxLogTicks equal steps.
    private static bool TryStride(int decades, out int stride)
    {
        for (stride = 1; stride <= decades; stride++)
            if (decades % stride == 0 && decades / stride <= MaxLogTicks && (decades / stride >= 3 || decades <= MaxLogTicks)) return true;
        return false;
    }

    /// <summary>Live charts redrawn every tick paint their markers on a canvas above this many points.</summary>
    public const int LiveCanvasThreshold = 200;

    /// <summary>max(value, <see cref="LogFloor"/>) for a log axis; NaN stays a gap.</summary>
    public static double OnLogAxis(double value) => double.IsNaN(value) ? value : Math.Max(value, LogFloor);

    /// <summary>Thesis Fig 3.3/3.4: x = iteration k, y = the Ritz values of T_k, coloured by <see cref="RitzRank"/>.</summary>
    public static ApexChartOptions Ladder(int? steps) => new()
    {
        Chart = new ChartSettings { Type = ApexChartType.Scatter, Height = "300", Zoom = ChartToggle.On, Animations = ChartToggle.Off },
        Xaxis = new AxisOptions
        {
            Title = new AxisTitle("iteration k"), Min = 0, Max = steps,
            // At most one tick per step: 10 ticks over m < 10 steps would repeat rounded labels (0 1 1 2 2 …).
            TickAmount = steps is { } m ? Math.Clamp(m, 1, 10) : 10, Labels = new AxisLabels { Format = TickFormat.Integer },
        },
        Yaxis = new AxisOptions { Title = new AxisTitle("Ritz value θ"), Labels = new AxisLabels { Format = TickFormat.Fixed2 } },
        Colors = RitzRank.Colors,
        Markers = new MarkerOptions { Size = 2.5, StrokeWidth = 0 },
        Legend = new LegendOptions { Position = "bottom" },
    };

    /// <summary>max|V_kᵀV_k − I| per step, one line per variant, log y.</summary>
    public static ApexChartOptions Orthogonality(IReadOnlyList<string> colors, int? steps) => new()
    {
        Chart = new ChartSettings { Type = ApexChartType.Line, Height = "300", Zoom = ChartToggle.On, Animations = ChartToggle.Off },
        Xaxis = new AxisOptions { Title = new AxisTitle("iteration k"), Min = 0, Max = steps, TickAmount = 10, Labels = new AxisLabels { Format = TickFormat.Integer } },
        Yaxis = LogY("max |VᵀV − I|", LogFloor, 10), // fixed: variants and runs compare at a glance
        Colors = colors,
        Stroke = new StrokeOptions { Width = [2], Curve = "straight" },
        Markers = new MarkerOptions { Size = 0 },
        Legend = new LegendOptions { Position = "bottom" },
    };

    /// <summary>The newest step's residual bounds |β_k s_{k,i}| against its Ritz values θ_i, log y.</summary>
    public static ApexChartOptions Residuals(IReadOnlyList<string> colors, double largest = 1) => new()
    {
        // Replaced every tick while a run is live: its markers go on a canvas from a few hundred on (SVG markers cost
        // the browser a DOM node each per redraw, which competed with the computation on a 2-core machine).
        Chart = new ChartSettings
        {
            Type = ApexChartType.Scatter, Height = "300", Zoom = ChartToggle.On, Animations = ChartToggle.Off, RendererThreshold = LiveCanvasThreshold,
        },
        Xaxis = new AxisOptions { Title = new AxisTitle("Ritz value θ"), TickAmount = 8, Labels = new AxisLabels { Format = TickFormat.Fixed2 } },
        Yaxis = LogY("residual bound |β s|", LogFloor, largest),
        Colors = colors,
        Markers = new MarkerOptions { Size = 3, StrokeWidth = 0 },
        Legend = new LegendOptions { Position = "bottom" },
    };

    /// <summary>Thesis Fig 3.1: sorted values by index, the truth under the variants.</summary>
    public static ApexChartOptions Spectra(IReadOnlyList<string> colors, IReadOnlyList<double> widths, int count) => new()
    {
        Chart = new ChartSettings { Type = ApexChartType.Line, Height = "340", Zoom = ChartToggle.On, Animations = ChartToggle.Off },
        Xaxis = new AxisOptions { Title = new AxisTitle("index i"), Min = 0, Max = count, TickAmount = 10, Labels = new AxisLabels { Format = TickFormat.Integer } },
        Yaxis = new AxisOptions { Title = new AxisTitle("eigenvalue"), Labels = new AxisLabels { Format = TickFormat.Fixed2 } },
        Colors = colors,
        Stroke = new StrokeOptions { Width = widths, Curve = "straight" },
        Markers = new MarkerOptions { Size = 0 },
        Legend = new LegendOptions { Position = "bottom" },
    };

    /// <summary>The SLQ density and, when known, the true eigenvalues smoothed with the same σ.</summary>
    public static ApexChartOptions Density(IReadOnlyList<string> colors) => new()
    {
        Chart = new ChartSettings { Type = ApexChartType.Line, Height = "300", Zoom = ChartToggle.On, Animations = ChartToggle.Off },
        Xaxis = new AxisOptions { Title = new AxisTitle("eigenvalue t"), TickAmount = 8, Labels = new AxisLabels { Format = TickFormat.Fixed2 } },
        Yaxis = new AxisOptions { Title = new AxisTitle("density φσ(t)"), Labels = new AxisLabels { Format = TickFormat.Fixed2 } },
        Colors = colors,
        Stroke = new StrokeOptions { Width = [2, 2], DashArray = [0, 5], Curve = "straight" },
        Markers = new MarkerOptions { Size = 0 },
        Legend = new LegendOptions { Position = "bottom" },
    };
}
