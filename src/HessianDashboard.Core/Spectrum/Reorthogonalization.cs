namespace HessianDashboard.Core.Spectrum;

/// <summary>How Lanczos keeps its basis orthogonal (see docs/algorithms/lanczos.md).</summary>
public enum Reorthogonalization
{
    /// <summary>Plain three-term recurrence (thesis Algorithm 3): cheapest, loses orthogonality, produces ghosts.</summary>
    None,

    /// <summary>One classical Gram–Schmidt pass against the whole basis every step (thesis Algorithm 2).</summary>
    Full,

    /// <summary>Two classical Gram–Schmidt passes every step (thesis Algorithm 4): orthogonal to working precision.</summary>
    Double,

    /// <summary>Partial reorthogonalisation: Simon's ω-recurrence estimates the loss; reorthogonalise only when it exceeds √ε.</summary>
    Selective,
}
