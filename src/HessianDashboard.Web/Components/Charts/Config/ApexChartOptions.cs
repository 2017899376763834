using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>
/// The typed subset of ApexCharts' options the dashboard uses. Serialized by Blazor's JS interop
/// (System.Text.Json, camelCase); null members are omitted so ApexCharts' defaults apply.
/// </summary>
public sealed record ApexChartOptions
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ChartSettings? Chart { get; init; }

    /// <summary>Set by <see cref="ApexChart"/> from its <c>Series</c>; leave null in parameters.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ChartSeries>? Series { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AxisOptions? Xaxis { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AxisOptions? Yaxis { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MarkerOptions? Markers { get; init; }

    /// <summary>The series palette (CSS colours).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Colors { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StrokeOptions? Stroke { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FillOptions? Fill { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LegendOptions? Legend { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ChartToggle? DataLabels { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ThemeOptions? Theme { get; init; }

    /// <summary>Per chart type settings, e.g. a heatmap's colour scale.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PlotOptions? PlotOptions { get; init; }
}
