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

    /// <summary>"[0.25, 1.5]" with round-trippable numbers.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Min:R}, {Max:R}]");
}
