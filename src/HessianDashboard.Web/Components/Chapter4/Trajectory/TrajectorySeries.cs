using System.Globalization;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Components.Chapter4.Trajectory;

/// <summary>The trajectory charts' series, computed from a <see cref="TrajectoryResult"/>'s views (presentation only: nothing is re-estimated).</summary>
internal static class TrajectorySeries
{
    /// <summary>Decades below a row's peak that the log ridgeline shows.</summary>
    public const int LogDecades = 5;

    /// <summary>A row's peak height in row spacings on the linear scale: rows overlap a little, as in TensorBoard's offset view.</summary>
    public const double PeakHeight = 1.35;

    /// <summary>On the log scale rows are broad plateaus: they stay just below the next baseline so none hides another.</summary>
    public const double LogPeakHeight = 0.92;

    /// <summary>The most points per ridgeline row sent to the browser (the grid is thinned evenly beyond it).</summary>
    public const int MaxRowPoints = 250;

    /// <summary>
    /// One band per checkpoint: row c (of C) sits on baseline C − 1 − c and rises to baseline + <see cref="PeakHeight"/> (log:
    /// <see cref="LogPeakHeight"/>) × its scaled density (each row scaled to its own peak). Returns the series (ascending step: the newest drawn last, in front)
    /// and the y-axis top.
    /// </summary>
    public static (IReadOnlyList<ChartSeries> Series, double Top) Ridgeline(RidgelineView view, RidgelineScale scale, Func<int, string> label, IReadOnlyList<string> colors)
    {
        ArgumentNullException.ThrowIfNull(view);
        int rows = view.Densities.Length, stride = Math.Max(1, (view.Grid.Length + MaxRowPoints - 1) / MaxRowPoints);
        double peakHeight = scale == RidgelineScale.Log ? LogPeakHeight : PeakHeight;
        var series = new List<ChartSeries>(rows);
        for (int c = 0; c < rows; c++)
        {
            double baseline = rows - 1 - c, peak = view.Densities[c].DefaultIfEmpty(0).Max();
            var points = new List<ChartPoint>();
            for (int g = 0; g < view.Grid.Length; g++)
            {
                if (g % stride != 0 && g != view.Grid.Length - 1) continue;
                double height = peak > 0 ? Height(view.Densities[c][g] / peak, scale) : 0;
                points.Add(ChartPoint.Range(view.Grid[g], baseline, baseline + peakHeight * height));
            }
            series.Add(new ChartSeries(label(view.Steps[c]), points) { Color = colors[c % colors.Count] });
        }
        return (series, Math.Max(1, rows - 1 + peakHeight + 0.1));
    }

    /// <summary>A density relative to its row's peak, in [0, 1], on <paramref name="scale"/>.</summary>
    public static double Height(double relative, RidgelineScale scale) => scale == RidgelineScale.Linear
        ? Math.Clamp(relative, 0, 1)
        : relative > 0 ? Math.Clamp(1 + Math.Log10(relative) / LogDecades, 0, 1) : 0;

    /// <summary>One heatmap row per checkpoint (the newest first: ApexCharts draws the first series at the bottom), cells at the bin centres.</summary>
    public static IReadOnlyList<ChartSeries> Heatmap(RitzHeatmap map, HeatmapMeasure measure, Func<int, string> label)
    {
        ArgumentNullException.ThrowIfNull(map);
        var centres = Enumerable.Range(0, Math.Max(0, map.Edges.Length - 1)).Select(b => 0.5 * (map.Edges[b] + map.Edges[b + 1])).ToArray();
        return [.. Enumerable.Range(0, map.Steps.Length).Reverse().Select(c => new ChartSeries(label(map.Steps[c]),
            [.. centres.Select((x, b) => new ChartPoint(x, measure == HeatmapMeasure.Count ? map.Counts[c][b] : map.Mass[c][b]))]))];
    }

    /// <summary>The colour ranges: counts by powers of two, mass by decades; empty cells in a faint neutral of the theme.</summary>
    public static IReadOnlyList<HeatmapColorRange> HeatmapRanges(HeatmapMeasure measure, ChartThemeMode theme)
    {
        string empty = theme == ChartThemeMode.Dark ? "rgba(255, 255, 255, 0.06)" : "#f1f1f4";
        // Viridis steps from dark to bright on the light theme; reversed on the dark one, so "more" always stands out.
        string[] ramp = ["#3b528b", "#2c728e", "#21918c", "#5ec962", "#fde725"];
        if (theme == ChartThemeMode.Dark) ramp = ["#46327e", "#365c8d", "#277f8e", "#4ac16d", "#fde725"];
        return measure == HeatmapMeasure.Count
            ?
            [
                new(0, 0, empty, "0"), new(1, 1, ramp[0], "1"), new(2, 3, ramp[1], "2–3"), new(4, 7, ramp[2], "4–7"),
                new(8, 15, ramp[3], "8–15"), new(16, 1e9, ramp[4], "≥ 16"),
            ]
            :
            [
                new(0, 0, empty, "0"), new(1e-300, 1e-6, ramp[0], "< 10⁻⁶"), new(1e-6, 1e-4, ramp[1], "10⁻⁶–10⁻⁴"),
                new(1e-4, 1e-2, ramp[2], "10⁻⁴–10⁻²"), new(1e-2, 1e-1, ramp[3], "10⁻²–10⁻¹"), new(1e-1, 2, ramp[4], "≥ 10⁻¹"),
            ];
    }

    /// <summary>(step, value) per checkpoint, skipping non-finite values (λ1/λ2 is NaN when λ2 ≤ 0).</summary>
    public static ChartPoint[] PerStep(IEnumerable<TrajectoryPoint> points, Func<TrajectoryPoint, double> value) =>
        [.. points.Select(p => new ChartPoint(p.Step, value(p))).Where(p => double.IsFinite(p.Y))];

    /// <summary><paramref name="count"/> colours from blue (the first checkpoint) through purple to orange (the last), mid-lightness for both themes.</summary>
    public static IReadOnlyList<string> CheckpointColors(int count)
    {
        var colors = new string[count];
        for (int c = 0; c < count; c++)
        {
            double t = count == 1 ? 1 : (double)c / (count - 1);
            colors[c] = Hsl(210 + 180 * t, 0.7, 0.52);
        }
        return colors;
    }

    private static string Hsl(double hue, double saturation, double lightness)
    {
        hue = ((hue % 360) + 360) % 360;
        double chroma = (1 - Math.Abs(2 * lightness - 1)) * saturation, x = chroma * (1 - Math.Abs(hue / 60 % 2 - 1)), m = lightness - chroma / 2;
        var (r, g, b) = (int)(hue / 60) switch
        {
            0 => (chroma, x, 0.0), 1 => (x, chroma, 0.0), 2 => (0.0, chroma, x), 3 => (0.0, x, chroma), 4 => (x, 0.0, chroma), _ => (chroma, 0.0, x),
        };
        return string.Create(CultureInfo.InvariantCulture, $"#{Byte(r + m):x2}{Byte(g + m):x2}{Byte(b + m):x2}");
    }

    private static int Byte(double v) => (int)Math.Round(Math.Clamp(v, 0, 1) * 255);
}
