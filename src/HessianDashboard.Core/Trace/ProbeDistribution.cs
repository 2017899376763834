namespace HessianDashboard.Core.Trace;

/// <summary>
/// The distribution of the entries of a probe vector z (i.i.d., mean 0, variance 1, so E[zzᵀ] = I
/// and E[zᵀAz] = tr(A)).
/// </summary>
public enum ProbeDistribution
{
    /// <summary>±1 with probability ½ each. Var[zᵀAz] = 2(‖A‖_F² − Σ a_ii²), the smallest among such probes; exact for diagonal A.</summary>
    Rademacher,

    /// <summary>N(0, 1). Var[zᵀAz] = 2‖A‖_F²; rotation invariant, so the variance does not depend on the basis.</summary>
    Gaussian,
}
