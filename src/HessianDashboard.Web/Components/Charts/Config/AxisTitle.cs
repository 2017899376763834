namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>An axis title: <c>{ "text": … }</c>.</summary>
public sealed record AxisTitle(string Text);
