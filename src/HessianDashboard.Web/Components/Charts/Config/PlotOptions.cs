using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>ApexCharts' <c>plotOptions</c> block: settings of one chart type (only the heatmap's are typed so far).</summary>
public sealed record PlotOptions
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public HeatmapOptions? Heatmap { get; init; }
}
