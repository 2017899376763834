namespace HessianDashboard.Core.Spectrum;

/// <summary>
/// The outcome of a Lanczos run of k completed steps: T_k (α, β), its eigen-decomposition, and
/// diagnostics. Ritz values approximate eigenvalues of A; the weights FirstComponents² are the
/// Gauss-quadrature weights of the spectral measure of A seen from v₁ (used by SLQ).
/// </summary>
public sealed record LanczosResult
{
    public required LanczosStatus Status { get; init; }

    /// <summary>Human-readable reason for a status other than Completed (null when Completed).</summary>
    public string? Message { get; init; }

    /// <summary>The dimension n of the operator.</summary>
    public required int Dimension { get; init; }

    /// <summary>The variant that ran.</summary>
    public required Reorthogonalization Reorthogonalization { get; init; }

    /// <summary>α_1..α_k, the diagonal of T_k.</summary>
    public required double[] Alpha { get; init; }

    /// <summary>β_1..β_k; β_1..β_{k−1} are the off-diagonal of T_k and β_k couples to the next vector.</summary>
    public required double[] Beta { get; init; }

    /// <summary>Eigenvalues of T_k, ascending.</summary>
    public required double[] RitzValues { get; init; }

    /// <summary>|β_k s_{k,i}| for each Ritz value.</summary>
    public required double[] ResidualBounds { get; init; }

    /// <summary>First components of the normalised eigenvectors of T_k (aligned with RitzValues).</summary>
    public required double[] FirstComponents { get; init; }

    /// <summary>max|V_jᵀV_j − I| after each step j (NaN when not tracked).</summary>
    public required double[] OrthogonalityLoss { get; init; }

    /// <summary>Number of vector inner products spent on reorthogonalisation (each costs n multiply-adds, twice: dot and update).</summary>
    public required long ReorthogonalizationInnerProducts { get; init; }

    /// <summary>Number of steps that reorthogonalised.</summary>
    public required int ReorthogonalizedSteps { get; init; }

    /// <summary>How many times an invariant subspace was found and the run continued from a fresh orthogonal vector (β = 0).</summary>
    public int Restarts { get; init; }

    /// <summary>Wall time of the whole run.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Time spent in the operator.</summary>
    public required TimeSpan OperatorTime { get; init; }

    /// <summary>The Lanczos vectors v_1..v_k (rows) when <see cref="LanczosOptions.KeepBasis"/> was set, otherwise null.</summary>
    public double[][]? Basis { get; init; }

    /// <summary>k, the number of completed steps.</summary>
    public int Steps => Alpha.Length;
}
