using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Components.Lab;

/// <summary>A histogram of eigenvalues as the outline of a step chart: (left edge, count) per bin, then (right edge, last count).</summary>
internal static class SpectrumHistogram
{
    /// <summary>Bins: 4∛n, between 20 and 80.</summary>
    public static int BinCount(int n) => (int)Math.Clamp(Math.Ceiling(4 * Math.Cbrt(n)), 20, 80);

    public static ChartPoint[] Of(IReadOnlyList<double> values, int bins)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (values.Count == 0) return [];
        double lo = values.Min(), hi = values.Max();
        if (hi == lo) (lo, hi) = (lo - 0.5, hi + 0.5);
        double width = (hi - lo) / bins;
        var counts = new int[bins];
        foreach (double v in values) counts[Math.Min(bins - 1, (int)((v - lo) / width))]++;
        var outline = new ChartPoint[bins + 1];
        for (int b = 0; b < bins; b++) outline[b] = new ChartPoint(lo + b * width, counts[b]);
        outline[bins] = new ChartPoint(hi, counts[^1]);
        return outline;
    }
}
