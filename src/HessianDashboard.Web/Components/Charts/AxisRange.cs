using System.Globalization;

namespace HessianDashboard.Web.Components.Charts;

/// <summary>A closed interval [Min, Max] of an axis, e.g. the x range a chart is zoomed to.</summary>
/// <param name="Min">The lower end (finite).</param>
/// <param name="Max">The upper end (finite, greater than <paramref name="Min"/>).</param>
public sealed record AxisRange(double Min, double Max)
{
    /// <summary>The range when both ends are finite and Min &lt; Max; otherwise null (nothing usable).</summary>
    public static AxisRange? Of(double? min, double? max) =>
        min is double lo && max is double hi && double.IsFinite(lo) && double.IsFinite(hi) && lo < hi ? new AxisRange(lo, hi) : null;

    /// <summary>
    /// Both ends rounded to <paramref name="significant"/> significant digits of the width (9.928776443074307 on a width of
    /// 14 → 9.9288): a zoom dragged with the mouse, short enough for a link and the same to the eye. Unchanged when
    /// rounding would leave nothing of it.
    /// </summary>
    public AxisRange Rounded(int significant = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(significant, 1);
        int exponent = (int)Math.Floor(Math.Log10(Max - Min)) - (significant - 1);
        double step = Math.Pow(10, exponent);
        var rounded = exponent >= 0
            ? Of(Math.Round(Min / step) * step, Math.Round(Max / step) * step)
            : Of(Math.Round(Min, Math.Min(15, -exponent)), Math.Round(Max, Math.Min(15, -exponent)));
        return rounded ?? this;
    }

    /// <summary>"[0.25, 1.5]" with round-trippable numbers.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Min:R}, {Max:R}]");

    /// <summary>"[0.2500, 1.500]": both ends with <paramref name="format"/> (e.g. "G4"), for people.</summary>
    public string ToString(string format) =>
        string.Create(CultureInfo.InvariantCulture, $"[{Min.ToString(format, CultureInfo.InvariantCulture)}, {Max.ToString(format, CultureInfo.InvariantCulture)}]");
}
