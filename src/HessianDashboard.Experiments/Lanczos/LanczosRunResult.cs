using HessianDashboard.Core.Spectrum;

namespace HessianDashboard.Experiments.Lanczos;

/// <summary>The outcome of a <see cref="LanczosRunRequest"/>: Ritz values with diagnostics and, when the truth is known, distances and counts.</summary>
public sealed record LanczosRunResult
{
    public required int N { get; init; }
    public required Reorthogonalization Variant { get; init; }
    public required int Iterations { get; init; }
    public required LanczosStatus Status { get; init; }
    public string? Message { get; init; }
    public required string Source { get; init; }

    /// <summary>Final Ritz values, ascending.</summary>
    public required double[] Ritz { get; init; }
    public required double[] Residuals { get; init; }

    /// <summary>
    /// Gauss quadrature weights τ_i = s_{1,i}² (squared first components of T_k's eigenvectors), aligned with
    /// <see cref="Ritz"/> and normalised to Σ τ_i = 1: with the Ritz values as nodes they are the rule of the
    /// spectral measure seen from v₁, from which SLQ smooths a density (empty when no step completed).
    /// </summary>
    public double[] Weights { get; init; } = [];

    /// <summary>True eigenvalues ascending, when known.</summary>
    public double[]? Truth { get; init; }

    /// <summary>L1/L2 between sorted spectra (only when m = n and the truth is known).</summary>
    public double? L1 { get; init; }
    public double? L2 { get; init; }
    public int? ConvergedCount { get; init; }
    public int? GhostCount { get; init; }
    public double Epsilon { get; init; }

    /// <summary>max|V_kᵀV_k − I| per step.</summary>
    public required double[] OrthogonalityLoss { get; init; }
    public required double[] Alpha { get; init; }
    public required double[] Beta { get; init; }
    public required long ReorthogonalizationInnerProducts { get; init; }
    public required double Seconds { get; init; }
    public required double OperatorSeconds { get; init; }
}
