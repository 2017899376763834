using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Components.Charts;

/// <summary>
/// A logarithmic x axis for ApexCharts, which has none (only y can be logarithmic): plot t = log10(x)
/// on a linear axis whose integer ticks are labelled 10^t by the <see cref="TickFormat.Log10Pow"/>
/// formatter in <c>charts.js</c>. Tooltips show the same labels. CSV/JSON exports contain t, not x,
/// for transformed series; export the untransformed series where the raw x matters.
/// </summary>
public static class LogAxis
{
    // Bounds within this distance of an integer are that integer (log10(1000) may be 2.9999999999999996).
    private const double IntegerTolerance = 1e-9;

    /// <summary>t = log10(x) for finite x &gt; 0; throws otherwise (zero and negatives have no place on a log axis).</summary>
    public static double ToLog(double x)
    {
        if (!double.IsFinite(x) || x <= 0)
            throw new ArgumentOutOfRangeException(nameof(x), x, "A logarithmic axis needs finite x > 0.");
        return Math.Log10(x);
    }

    /// <summary>x = 10^t, the inverse of <see cref="ToLog"/>.</summary>
    public static double FromLog(double t) => Math.Pow(10, t);

    /// <summary>The points with x replaced by log10(x); y (or the range) unchanged.</summary>
    public static IReadOnlyList<ChartPoint> Transform(IEnumerable<ChartPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points.Select(p => p.WithX(ToLog(p.X))).ToArray();
    }

    /// <summary>The series with x replaced by log10(x).</summary>
    public static ChartSeries Transform(ChartSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series with { Data = Transform(series.Data) };
    }

    /// <summary>
    /// A numeric x axis spanning whole decades around [<paramref name="minX"/>, <paramref name="maxX"/>]:
    /// min = ⌊log10 minX⌋, max = ⌈log10 maxX⌉ (one decade at least), one tick per decade, labelled 10^k.
    /// </summary>
    public static AxisOptions Axis(double minX, double maxX, string? title = null)
    {
        double lo = ToLog(minX), hi = ToLog(maxX);
        if (hi < lo) throw new ArgumentException($"maxX ({maxX}) is smaller than minX ({minX}).", nameof(maxX));
        double min = Math.Floor(lo + IntegerTolerance);
        double max = Math.Max(Math.Ceiling(hi - IntegerTolerance), min + 1);
        return new AxisOptions
        {
            Type = "numeric",
            Min = min,
            Max = max,
            TickAmount = (int)(max - min),
            Labels = new AxisLabels { Format = TickFormat.Log10Pow },
            Title = title is null ? null : new AxisTitle(title),
        };
    }
}
