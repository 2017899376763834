using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>A named series of <see cref="ChartPoint"/>s.</summary>
/// <param name="Name">Shown in the legend, the tooltip and the CSV/JSON export.</param>
/// <param name="Data">The points, or ranges for a <see cref="ApexChartType.RangeArea"/> series.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Data)
{
    /// <summary>This series' type in a combined chart, e.g. a <see cref="ApexChartType.RangeArea"/> band under a line.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ApexChartType? Type { get; init; }

    /// <summary>A CSS colour for this series; the chart's palette when null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Color { get; init; }
}
