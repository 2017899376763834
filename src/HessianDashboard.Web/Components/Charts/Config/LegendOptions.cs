using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>ApexCharts' <c>legend</c> block.</summary>
public sealed record LegendOptions
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Show { get; init; }

    /// <summary>"top", "bottom", "left" or "right".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Position { get; init; }
}
