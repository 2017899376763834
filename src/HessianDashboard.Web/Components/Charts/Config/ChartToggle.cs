namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>An ApexCharts feature switch such as <c>{ "enabled": false }</c> (animations, zoom, data labels).</summary>
public sealed record ChartToggle(bool Enabled)
{
    /// <summary><c>{ "enabled": true }</c>.</summary>
    public static ChartToggle On { get; } = new(true);

    /// <summary><c>{ "enabled": false }</c>.</summary>
    public static ChartToggle Off { get; } = new(false);
}
