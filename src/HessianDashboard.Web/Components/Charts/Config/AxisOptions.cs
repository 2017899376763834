using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>ApexCharts' <c>xaxis</c> or <c>yaxis</c> block. For a logarithmic x axis see <see cref="LogAxis"/>.</summary>
public sealed record AxisOptions
{
    /// <summary>x axis only: "numeric" for numbers (the default <see cref="ChartRenderPolicy"/> sets), "category", "datetime".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AxisTitle? Title { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Min { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Max { get; init; }

    /// <summary>y axis only: a logarithmic scale (ApexCharts has none for x).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Logarithmic { get; init; }

    /// <summary>
    /// y axis: round bounds; with <see cref="Logarithmic"/>, ticks at whole powers of ten (thinned to
    /// <see cref="TickAmount"/> intervals) instead of evenly spaced odd values.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ForceNiceScale { get; init; }

    /// <summary>The number of intervals between ticks.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TickAmount { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AxisLabels? Labels { get; init; }
}
