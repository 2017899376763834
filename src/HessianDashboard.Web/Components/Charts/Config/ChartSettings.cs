using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>ApexCharts' <c>chart</c> block. Unset (null) options are omitted, so ApexCharts' defaults apply.</summary>
public sealed record ChartSettings
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ApexChartType? Type { get; init; }

    /// <summary>A CSS length or a pixel count as text, e.g. "320" or "100%".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Height { get; init; }

    /// <summary>"transparent" (the default <see cref="ChartRenderPolicy"/> sets) lets the card colour show.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Background { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ChartToggle? Animations { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ChartToggle? Zoom { get; init; }

    /// <summary>ApexCharts' own toolbar (zoom, pan); exports live in <see cref="ChartCard"/>'s menu.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ChartVisibility? Toolbar { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ChartRenderer? Renderer { get; init; }

    /// <summary>With <see cref="ChartRenderer.Auto"/>: the point count above which the series layer is a canvas.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? RendererThreshold { get; init; }
}
