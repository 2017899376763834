using HessianDashboard.Core.Spectrum;

namespace HessianDashboard.Experiments.Analysis;

/// <summary>Eigenvalues by decreasing magnitude with their residuals ‖Ax − λx‖, and the truth when known.</summary>
public sealed record TopEigenvaluesResult(
    int N, PowerIterationStatus Status, string? Message, double[] Values, double[] Residuals, int[] Iterations,
    bool[] Converged, double[]? Truth, int OperatorApplications, double Seconds);
