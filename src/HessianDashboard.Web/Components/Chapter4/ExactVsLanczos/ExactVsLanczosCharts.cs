using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Networks;

namespace HessianDashboard.Web.Components.Chapter4.ExactVsLanczos;

/// <summary>The options and points of the result charts (thesis Fig 4.1 and 4.2), one state or data set at a time.</summary>
internal static class ExactVsLanczosCharts
{
    /// <summary>The bulk's top and the bulk edge in the outlier zoom; the exact eigenvalues under the Ritz values.</summary>
    public const string Grey = "#9e9e9e";

    /// <summary>The "every value converged" reference of the converged-count chart.</summary>
    public const string Reference = "#bdbdbd";

    /// <summary>An eigenvalue axis with round ticks over [low, high] (see <see cref="NiceScale"/>).</summary>
    public static AxisOptions ValueAxis(string title, double low, double high, int intervals = 6)
    {
        var scale = NiceScale.Of(low, high, intervals);
        return new AxisOptions
        {
            Title = new AxisTitle(title), Min = scale.Min, Max = scale.Max, TickAmount = scale.TickAmount,
            Labels = new AxisLabels { Format = scale.Format },
        };
    }

    /// <summary>A whole-number axis from <paramref name="from"/> to <paramref name="to"/> with at most about ten ticks.</summary>
    public static AxisOptions IndexAxis(string title, int from, int to)
    {
        int span = Math.Max(1, to - from);
        int step = (int)NiceScale.Counts(span, 10).Step;
        int max = from + (int)Math.Ceiling((double)span / step) * step;
        return new AxisOptions
        {
            Type = "numeric", Title = new AxisTitle(title), Min = from, Max = max, TickAmount = (max - from) / step,
            Labels = new AxisLabels { Format = TickFormat.Integer },
        };
    }

    /// <summary>The histogram's outline: (left edge, count) per bin, then (right edge, last count); log views draw empty bins at 10⁻¹.</summary>
    public static ChartPoint[] Histogram(SpectrumHistogram histogram, bool logCount)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        var points = new ChartPoint[histogram.Counts.Length + 1];
        for (int b = 0; b < histogram.Counts.Length; b++) points[b] = new ChartPoint(histogram.Edges[b], Count(histogram.Counts[b], logCount));
        points[^1] = new ChartPoint(histogram.Edges[^1], Count(histogram.Counts[^1], logCount));
        return points;
    }

    private static double Count(int count, bool logCount) => logCount && count == 0 ? NetworkCharts.EmptyBinOnLog : count;

    /// <summary>The shared histogram options (<see cref="NetworkCharts.Histogram"/>) in the state's colour.</summary>
    public static ApexChartOptions HistogramOptions(SpectrumHistogram histogram, bool logCount, string color) =>
        NetworkCharts.Histogram(logCount, histogram.Counts.Max(), histogram.Edges[0], histogram.Edges[^1]) with
        {
            Chart = new ChartSettings { Type = ApexChartType.Area, Height = "260", Zoom = ChartToggle.On, Animations = ChartToggle.Off },
            Colors = [color],
            Legend = new LegendOptions { Show = false },
        };

    /// <summary>The top K + 1 exact eigenvalues by rank: the outliers, the rest of the window, and the bulk edge λ_{r+1} as a line.</summary>
    public static (ApexChartOptions Options, IReadOnlyList<ChartSeries> Series) OutlierZoom(OutlierAnalysis outliers, string color)
    {
        ArgumentNullException.ThrowIfNull(outliers);
        var candidates = outliers.Candidates;
        int r = outliers.Count, last = candidates.Length;
        var series = new List<ChartSeries>
        {
            new($"outliers (r = {r})", [.. Enumerable.Range(0, r).Select(i => new ChartPoint(i + 1, candidates[i]))]) { Color = color },
            new("bulk (top of)", [.. Enumerable.Range(r, last - r).Select(i => new ChartPoint(i + 1, candidates[i]))]) { Color = Grey },
            new($"bulk edge λ{Subscript(r + 1)}", [new ChartPoint(1, outliers.BulkEdge), new ChartPoint(last, outliers.BulkEdge)]) { Color = Grey },
        };
        double low = Math.Min(0, candidates.Length == 0 ? 0 : candidates.Min()), high = candidates.Length == 0 ? 1 : candidates.Max();
        var options = new ApexChartOptions
        {
            Chart = new ChartSettings { Type = ApexChartType.Line, Height = "260", Zoom = ChartToggle.On, Animations = ChartToggle.Off },
            Xaxis = IndexAxis("rank i (largest first)", 0, last + 1),
            Yaxis = ValueAxis("eigenvalue λᵢ", low, high),
            Colors = [color, Grey, Grey],
            Stroke = new StrokeOptions { Width = [0, 0, 1.5], DashArray = [0, 0, 5], Curve = "straight" },
            Markers = new MarkerOptions { SizePerSeries = [5, 3.5, 0], StrokeWidth = 0 },
            Legend = new LegendOptions { Position = "bottom" },
        };
        return (options, series);
    }

    /// <summary>Thesis Fig 4.2: the m Ritz values ascending over the ⌈m/2⌉ smallest and ⌊m/2⌋ largest exact eigenvalues.</summary>
    public static (ApexChartOptions Options, IReadOnlyList<ChartSeries> Series) RitzOverExact(StateSpectra state, string color)
    {
        ArgumentNullException.ThrowIfNull(state);
        double[] exact = [.. state.ExactSmallest, .. state.ExactLargest];
        double[] ritz = [.. state.Spectrum.Lanczos.Ritz.Order()];
        var series = new List<ChartSeries>
        {
            new("exact (extremes)", [.. exact.Select((v, i) => new ChartPoint(i, v))]) { Color = Grey },
            new("Ritz values", [.. ritz.Select((v, i) => new ChartPoint(i, v))]) { Color = color },
        };
        double[] all = [.. exact, .. ritz];
        int count = Math.Max(exact.Length, ritz.Length);
        var options = NetworkCharts.RitzVersusExact(Math.Max(1, count)) with
        {
            Chart = new ChartSettings { Type = ApexChartType.Scatter, Height = "260", Zoom = ChartToggle.On, Animations = ChartToggle.Off },
            Xaxis = IndexAxis("index i (ascending)", 0, Math.Max(1, count)),
            Yaxis = ValueAxis("eigenvalue", all.Length == 0 ? 0 : all.Min(), all.Length == 0 ? 1 : all.Max()),
            Colors = [Grey, color],
        };
        return (options, series);
    }

    /// <summary>The converged count after each step k for both states, with k itself (every Ritz value converged) for reference.</summary>
    public static (ApexChartOptions Options, IReadOnlyList<ChartSeries> Series) Converged(DatasetSpectra dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var states = new[] { dataset.Initial, dataset.Trained };
        var series = new List<ChartSeries>();
        var colors = new List<string>();
        for (int s = 0; s < states.Length; s++)
        {
            if (states[s] is not { } state) continue;
            series.Add(new ChartSeries(state.Stage, [.. state.ConvergedPerStep.Select((c, k) => new ChartPoint(k + 1, c))]) { Color = ExactVsLanczosSeries.StageColors[s] });
            colors.Add(ExactVsLanczosSeries.StageColors[s]);
        }
        int m = states.Max(s => s?.ConvergedPerStep.Length ?? 0);
        series.Add(new ChartSeries("k (all converged)", [new ChartPoint(1, 1), new ChartPoint(Math.Max(1, m), Math.Max(1, m))]) { Color = Reference });
        colors.Add(Reference);
        var options = ConvergedAxes(m) with
        {
            Colors = colors,
            Stroke = new StrokeOptions { Width = [.. series.Select((_, i) => i == series.Count - 1 ? 1.0 : 2.5)], DashArray = [.. series.Select((_, i) => i == series.Count - 1 ? 4.0 : 0)], Curve = "straight" },
        };
        return (options, series);
    }

    /// <summary>A line chart of converged counts over the steps 1…m (whole-number axes).</summary>
    public static ApexChartOptions ConvergedAxes(int m)
    {
        var counts = NiceScale.Counts(Math.Max(1, m));
        return new ApexChartOptions
        {
            Chart = new ChartSettings { Type = ApexChartType.Line, Height = "280", Zoom = ChartToggle.On, Animations = ChartToggle.Off },
            Xaxis = IndexAxis("Lanczos step k", 0, Math.Max(1, m)),
            Yaxis = new AxisOptions
            {
                Title = new AxisTitle("converged Ritz values"), Min = 0, Max = counts.Max, TickAmount = counts.TickAmount,
                Labels = new AxisLabels { Format = TickFormat.Integer },
            },
            Markers = new MarkerOptions { Size = 0 },
            Legend = new LegendOptions { Position = "bottom" },
        };
    }

    private static string Subscript(int n) =>
        string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)('₀' + (c - '0'))));
}
