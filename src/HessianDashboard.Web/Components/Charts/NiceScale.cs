using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Components.Charts;

/// <summary>
/// Round axis bounds for a numeric axis: a step of 1, 2 or 5 × 10ᵏ, the bounds on multiples of it, so
/// ApexCharts (which puts ticks at Min + i·(Max − Min)/TickAmount) labels the ticks with round numbers (0, 0.2, 0.4 …)
/// instead of the data's own ends (−3.6e−17 … 0.7177 shown as "-0.00", "0.09", "0.18" …).
/// </summary>
/// <param name="Min">The lower bound, a multiple of <paramref name="Step"/>.</param>
/// <param name="Max">The upper bound, a multiple of <paramref name="Step"/>.</param>
/// <param name="Step">The distance between ticks.</param>
public readonly record struct NiceScale(double Min, double Max, double Step)
{
    private static readonly double[] Mantissas = [1, 2, 5, 10];

    // A bound within this fraction of a step from a multiple is that multiple (−3.6e−17 is 0 for a step of 0.1).
    private const double Snap = 1e-6;

    /// <summary>The number of intervals between ticks.</summary>
    public int TickAmount => Math.Max(1, (int)Math.Round((Max - Min) / Step));

    /// <summary>A tick format that shows the step: integers from a step of 1, two decimals down to 0.01, else scientific.</summary>
    public TickFormat Format => Step >= 1 - Snap ? TickFormat.Integer : Step >= 0.01 - Snap * 0.01 ? TickFormat.Fixed2 : TickFormat.Scientific;

    /// <summary>
    /// The smallest nice step ≥ (high − low)/<paramref name="intervals"/> and the multiples of it around [low, high]:
    /// at most <paramref name="intervals"/> + 2 intervals. Equal bounds get a unit-wide (or 10 %-wide) range; non-finite ones [0, 1].
    /// </summary>
    public static NiceScale Of(double low, double high, int intervals = 8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(intervals, 1);
        if (!double.IsFinite(low) || !double.IsFinite(high)) (low, high) = (0, 1);
        if (high < low) (low, high) = (high, low);
        if (high == low)
        {
            double half = low == 0 ? 0.5 : Math.Abs(low) * 0.05;
            (low, high) = (low - half, high + half);
        }
        double step = StepFor((high - low) / intervals);
        double min = Math.Floor(low / step + Snap) * step, max = Math.Ceiling(high / step - Snap) * step;
        return new NiceScale(Clean(min, step), Clean(max, step), step);
    }

    /// <summary>A count axis from 0: whole-number steps, about <paramref name="intervals"/> of them up to ≥ <paramref name="largest"/>.</summary>
    public static NiceScale Counts(double largest, int intervals = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(intervals, 1);
        double top = double.IsFinite(largest) && largest > 0 ? largest : 1;
        double step = Math.Max(1, StepFor(top / intervals));
        return new NiceScale(0, Math.Ceiling(top / step - Snap) * step, step);
    }

    private static double StepFor(double raw)
    {
        double decade = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (double m in Mantissas)
            if (m * decade >= raw * (1 - Snap)) return m * decade;
        return 10 * decade;
    }

    // k·step computed as k * step can be 0.30000000000000004; the round trip through the step's decimals gives 0.3.
    private static double Clean(double value, double step)
    {
        int decimals = Math.Clamp(2 - (int)Math.Floor(Math.Log10(step)), 0, 15);
        return Math.Round(value, decimals);
    }
}
