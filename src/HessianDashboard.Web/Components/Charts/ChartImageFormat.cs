using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts;

/// <summary>An image format the browser can export a chart to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChartImageFormat>))]
public enum ChartImageFormat
{
    [JsonStringEnumMemberName("png")] Png,
    [JsonStringEnumMemberName("svg")] Svg,
}
