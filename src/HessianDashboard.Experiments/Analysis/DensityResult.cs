using HessianDashboard.Core.Density;

namespace HessianDashboard.Experiments.Analysis;

/// <summary>The smoothed density on its grid and the raw Gauss rules (so σ can change without recomputing).</summary>
public sealed record DensityResult(int N, double Sigma, double[] Grid, double[] Density, QuadratureRule[] Rules,
    double[]? Truth, double Seconds);
