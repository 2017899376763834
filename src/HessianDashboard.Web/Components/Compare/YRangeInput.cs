using System.Globalization;
using HessianDashboard.Web.Components.Charts;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>
/// Reads the y range typed into the compare view's y min / y max fields: both ends finite invariant numbers with
/// min &lt; max, and both positive on a logarithmic axis. Never throws; what is wrong comes back as one message.
/// </summary>
public static class YRangeInput
{
    /// <summary>The range <paramref name="min"/>–<paramref name="max"/>, or why it cannot be used (then the range is null).</summary>
    /// <param name="min">The y min field's text.</param>
    /// <param name="max">The y max field's text.</param>
    /// <param name="logY">Whether the axis is logarithmic (the densities' log y).</param>
    public static (AxisRange? Range, string? Error) Parse(string? min, string? max, bool logY)
    {
        if (string.IsNullOrWhiteSpace(min) || string.IsNullOrWhiteSpace(max))
            return (null, "Give both y min and y max (Reset returns to the automatic range).");
        var (lo, minError) = Number(min, "y min");
        if (minError is not null) return (null, minError);
        var (hi, maxError) = Number(max, "y max");
        if (maxError is not null) return (null, maxError);
        if (lo >= hi)
            return (null, string.Create(CultureInfo.InvariantCulture, $"y min ({lo:G6}) must be less than y max ({hi:G6})."));
        if (logY && lo <= 0)
            return (null, "The log scale takes positive bounds only: y min must be greater than 0.");
        return (new AxisRange(lo, hi), null);
    }

    /// <summary>A range's end as the fields show it (round-trippable, invariant).</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static (double Value, string? Error) Number(string text, string name)
    {
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            return (double.NaN, $"{name}: '{QueryValues.Shorten(text.Trim())}' is not a number (write e.g. 0.5 or 1e-3).");
        return double.IsFinite(value) ? (value, null) : (double.NaN, $"{name} must be a finite number, not '{QueryValues.Shorten(text.Trim())}'.");
    }
}
