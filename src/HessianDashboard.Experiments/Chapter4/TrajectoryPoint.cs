using HessianDashboard.Experiments.Networks;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// One checkpoint of a trajectory: its Lanczos spectrum and the numbers read off it. λmax/λmin are the largest and
/// smallest stored Ritz values; λ2 the second largest; the separation is λ1 − λ2 and λ1/λ2 (NaN when λ2 ≤ 0).
/// A Ritz value is marked converged when its residual bound |β_m s_{m,i}| ≤ tol·max|θ| (tol = the request's
/// residual tolerance): by Weyl/Kahan an eigenvalue of H then lies within that bound of it.
/// </summary>
public sealed record TrajectoryPoint
{
    /// <summary>Epoch (MLP) or iteration (NanoGPT); 0 = initialisation.</summary>
    public required int Step { get; init; }
    public required string Checkpoint { get; init; }
    public required NetworkSpectrumResult Spectrum { get; init; }

    public required double LambdaMax { get; init; }
    public required double LambdaMin { get; init; }
    public required double LambdaSecond { get; init; }

    /// <summary>λ1 − λ2 and λ1/λ2.</summary>
    public required double TopGap { get; init; }
    public required double TopRatio { get; init; }

    /// <summary>Residual bounds of λmax and λmin, and whether each passes the tolerance.</summary>
    public required double LambdaMaxResidual { get; init; }
    public required double LambdaMinResidual { get; init; }
    public required bool LambdaMaxConverged { get; init; }
    public required bool LambdaMinConverged { get; init; }

    /// <summary>Ritz values whose residual bound passes the tolerance.</summary>
    public required int ConvergedRitzValues { get; init; }

    /// <summary>Outliers of the Ritz values with their Gauss weights (<see cref="Chapter4.Outliers"/>; resolved = the converged marks' tolerance).</summary>
    public required OutlierAnalysis Outliers { get; init; }

    /// <summary>Σ τ_i of the run's Gauss weights minus 1 (rounding only).</summary>
    public double WeightDefect => Spectrum.Lanczos.Weights.Sum() - 1;
}
