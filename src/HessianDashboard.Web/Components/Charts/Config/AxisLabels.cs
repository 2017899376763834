using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>Axis tick labels; <see cref="Format"/> names a formatter implemented in <c>charts.js</c>.</summary>
public sealed record AxisLabels
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TickFormat? Format { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Show { get; init; }

    /// <summary>With <see cref="TickFormat.Names"/>: the label of each whole-number tick 0, 1, 2 ….</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Names { get; init; }

    /// <summary>The widest a label may be, in pixels (ApexCharts' y axis default is 160).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? MaxWidth { get; init; }
}
