namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>One range of a <see cref="HeatmapColorScale"/>: cells with From ≤ value ≤ To are painted <paramref name="Color"/>.</summary>
/// <param name="From">Lower end (inclusive).</param>
/// <param name="To">Upper end (inclusive).</param>
/// <param name="Color">A CSS colour.</param>
/// <param name="Name">The legend entry.</param>
public sealed record HeatmapColorRange(double From, double To, string Color, string Name);
