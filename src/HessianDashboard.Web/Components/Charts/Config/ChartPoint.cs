using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>
/// One datum: a point (x, y), sent to ApexCharts as the pair <c>[x, y]</c>, or a range (x, [low, high])
/// for <see cref="ApexChartType.RangeArea"/>, sent as <c>{ "x": x, "y": [low, high] }</c>.
/// Non-finite values are sent as <c>null</c>, which ApexCharts draws as a gap.
/// </summary>
[JsonConverter(typeof(ChartPointJsonConverter))]
public readonly record struct ChartPoint
{
    /// <summary>A point (x, y).</summary>
    public ChartPoint(double x, double y)
    {
        X = x;
        Y = y;
    }

    private ChartPoint(double x, double low, double high)
    {
        X = x;
        Y = low;
        High = high;
    }

    /// <summary>The x value.</summary>
    public double X { get; }

    /// <summary>The y value; the lower end of a range.</summary>
    public double Y { get; }

    /// <summary>The upper end of a range; null for a point.</summary>
    public double? High { get; }

    /// <summary>True for a range made by <see cref="Range"/>.</summary>
    public bool IsRange => High.HasValue;

    /// <summary>A range [low, high] at x, e.g. mean − sd and mean + sd.</summary>
    public static ChartPoint Range(double x, double low, double high) => new(x, low, high);

    /// <summary>The same datum at another x (ranges stay ranges).</summary>
    public ChartPoint WithX(double x) => High is double high ? Range(x, Y, high) : new ChartPoint(x, Y);
}
