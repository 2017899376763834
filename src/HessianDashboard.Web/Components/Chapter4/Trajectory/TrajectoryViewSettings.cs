namespace HessianDashboard.Web.Components.Chapter4.Trajectory;

/// <summary>The settings both trajectory forms share: density σ, heatmap bins, grid, convergence tolerance, outlier definition.</summary>
public sealed record TrajectoryViewSettings(double? Sigma, int Bins, int GridPoints, double ResidualTolerance, double BulkMass, double OutlierFactor);
