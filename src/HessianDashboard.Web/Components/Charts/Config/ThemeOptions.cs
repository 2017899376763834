using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>ApexCharts' <c>theme</c> block; <see cref="ApexChart"/> fills <see cref="Mode"/> from the layout.</summary>
public sealed record ThemeOptions
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ChartThemeMode? Mode { get; init; }
}
