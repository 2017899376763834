namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>An ApexCharts <c>{ "show": … }</c> block (toolbar).</summary>
public sealed record ChartVisibility(bool Show);
