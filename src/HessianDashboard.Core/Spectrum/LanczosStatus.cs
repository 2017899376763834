namespace HessianDashboard.Core.Spectrum;

/// <summary>How a Lanczos run ended. In every case the steps already done are kept in the result.</summary>
public enum LanczosStatus
{
    /// <summary>All requested iterations ran (including the final β_n ≈ 0 when m = n).</summary>
    Completed,

    /// <summary>β_k ≈ 0 before m steps: span(V_k) is an invariant subspace and the Ritz values of T_k are exact eigenvalues of A.</summary>
    Breakdown,

    /// <summary>The operator returned NaN or ∞ (or α/β overflowed); the run stopped at the last finite step.</summary>
    NonFinite,

    /// <summary>The cancellation token fired; the steps completed before it are kept.</summary>
    Cancelled,
}
