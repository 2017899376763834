using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>ApexCharts' <c>plotOptions.heatmap.colorScale</c>: discrete value ranges, each with its colour and legend name.</summary>
public sealed record HeatmapColorScale
{
    /// <summary>Checked in order, the last range containing a value wins; the legend lists one entry per range.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<HeatmapColorRange>? Ranges { get; init; }
}
