using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>
/// A tick-label formatter by name. Functions cannot cross JS interop, so <c>wwwroot/js/charts.js</c>
/// implements each name and swaps it in for <c>labels.format</c>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TickFormat>))]
public enum TickFormat
{
    /// <summary>Two decimals: 3.14159 → "3.14".</summary>
    [JsonStringEnumMemberName("fixed2")] Fixed2,
    /// <summary>Rounded to an integer: 41.7 → "42".</summary>
    [JsonStringEnumMemberName("integer")] Integer,
    /// <summary>Scientific with two decimals: 0.000123 → "1.23e-4".</summary>
    [JsonStringEnumMemberName("scientific")] Scientific,
    /// <summary>For values already log10-transformed (<see cref="LogAxis"/>): 3 → "10³".</summary>
    [JsonStringEnumMemberName("log10Pow")] Log10Pow,
    /// <summary>For log2-transformed values: 5 → "2⁵".</summary>
    [JsonStringEnumMemberName("exp2")] Exp2,
    /// <summary>For logarithmic y axes: powers of ten as "10⁻¹⁶", anything else (tooltips) scientific: 4.4e-16 → "4.40e-16".</summary>
    [JsonStringEnumMemberName("power10")] Power10,
    /// <summary>
    /// Whole numbers as integers, anything else with one decimal: 40 → "40", 11.34 → "11.3". For a step axis that a zoom
    /// can cut between steps (the integer format would label 10.6 and 11.4 both "11").
    /// </summary>
    [JsonStringEnumMemberName("wholeOrTenths")] WholeOrTenths,
    /// <summary>Row names: ticks at whole numbers i show <see cref="AxisLabels.Names"/>[i], others nothing (a strip chart's rows).</summary>
    [JsonStringEnumMemberName("names")] Names,
}
