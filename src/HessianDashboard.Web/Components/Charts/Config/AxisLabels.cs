using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>Axis tick labels; <see cref="Format"/> names a formatter implemented in <c>charts.js</c>.</summary>
public sealed record AxisLabels
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TickFormat? Format { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Show { get; init; }
}
