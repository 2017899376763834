using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts;

/// <summary>Light or dark; the layout cascades it and every <see cref="ApexChart"/> follows.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChartThemeMode>))]
public enum ChartThemeMode
{
    [JsonStringEnumMemberName("light")] Light,
    [JsonStringEnumMemberName("dark")] Dark,
}
