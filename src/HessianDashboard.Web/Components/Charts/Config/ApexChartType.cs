using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>ApexCharts' <c>chart.type</c> (and a series' <c>type</c> in a combined chart).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApexChartType>))]
public enum ApexChartType
{
    [JsonStringEnumMemberName("line")] Line,
    [JsonStringEnumMemberName("scatter")] Scatter,
    [JsonStringEnumMemberName("area")] Area,
    /// <summary>A band between two values per x, e.g. mean ± sd; points made with <see cref="ChartPoint.Range"/>.</summary>
    [JsonStringEnumMemberName("rangeArea")] RangeArea,
    /// <summary>A grid of coloured cells: one series per row, points (x category, value).</summary>
    [JsonStringEnumMemberName("heatmap")] Heatmap,
}
