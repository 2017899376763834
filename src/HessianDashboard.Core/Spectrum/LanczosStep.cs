namespace HessianDashboard.Core.Spectrum;

/// <summary>
/// What one Lanczos step k produced: α_k, β_k and, when requested, the Ritz values θ_i of T_k
/// (ascending) with their residual bounds |β_k·s_{k,i}| = ‖A y_i − θ_i y_i‖ (s_{k,i} the last
/// component of the i-th eigenvector of T_k; exact in exact arithmetic).
/// </summary>
/// <param name="K">The step number k (1-based).</param>
/// <param name="Alpha">α_k = v_kᵀ A v_k.</param>
/// <param name="Beta">β_k = ‖w‖ before normalisation, the coupling to v_{k+1}.</param>
/// <param name="RitzValues">Eigenvalues of T_k ascending, or empty when not computed this run.</param>
/// <param name="ResidualBounds">|β_k s_{k,i}| aligned with <paramref name="RitzValues"/>, or empty.</param>
/// <param name="OrthogonalityLoss">max|V_kᵀV_k − I| over the first k vectors, or NaN when not tracked.</param>
/// <param name="Reorthogonalized">Whether this step reorthogonalised (always for Full/Double, never for None).</param>
/// <param name="OperatorTime">Time spent in A·v during this step.</param>
/// <param name="OtherTime">Time spent in everything else during this step (recurrence, reorthogonalisation, Ritz values).</param>
public sealed record LanczosStep(
    int K,
    double Alpha,
    double Beta,
    double[] RitzValues,
    double[] ResidualBounds,
    double OrthogonalityLoss,
    bool Reorthogonalized,
    TimeSpan OperatorTime,
    TimeSpan OtherTime);
