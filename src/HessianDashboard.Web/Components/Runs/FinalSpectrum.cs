namespace HessianDashboard.Web.Components.Runs;

/// <summary>The final spectrum of a Lanczos series: Ritz values ascending with their weights and residual bounds (aligned).</summary>
public sealed record FinalSpectrum(double[] Values, double[] Weights, double[] ResidualBounds);
