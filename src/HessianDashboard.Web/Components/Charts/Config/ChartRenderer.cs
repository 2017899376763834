using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>
/// ApexCharts' series renderer (<c>chart.renderer</c>, 6.0+): <see cref="Auto"/> paints the series layer on a
/// canvas above <c>chart.rendererThreshold</c> points; axes, tooltips and exports stay SVG.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChartRenderer>))]
public enum ChartRenderer
{
    [JsonStringEnumMemberName("svg")] Svg,
    [JsonStringEnumMemberName("canvas")] Canvas,
    [JsonStringEnumMemberName("auto")] Auto,
}
