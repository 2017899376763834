using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>
/// ApexCharts' <c>plotOptions.heatmap</c>. With <see cref="EnableShades"/> false and a <see cref="HeatmapColorScale"/>
/// of ranges every cell is painted exactly its range's colour, the same on the light and the dark theme (ApexCharts'
/// own shading darkens toward black in dark mode, where the low end vanishes into the background).
/// </summary>
public sealed record HeatmapOptions
{
    /// <summary>Cell corner radius in pixels (ApexCharts: 2).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Radius { get; init; }

    /// <summary>Shade each cell by its value within the series colour (ApexCharts: true).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? EnableShades { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public HeatmapColorScale? ColorScale { get; init; }
}
