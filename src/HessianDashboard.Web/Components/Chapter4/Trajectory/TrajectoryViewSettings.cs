namespace HessianDashboard.Web.Components.Chapter4.Trajectory;

/// <summary>The settings both trajectory forms share: density σ, heatmap bins, grid, convergence tolerance.</summary>
public sealed record TrajectoryViewSettings(double? Sigma, int Bins, int GridPoints, double ResidualTolerance);
