namespace HessianDashboard.Core.IO;

/// <summary>The symmetry named in a Matrix Market banner (skew-symmetric and hermitian are not supported).</summary>
public enum MatrixMarketSymmetry
{
    /// <summary>Every stored entry is given explicitly.</summary>
    General,

    /// <summary>a_ij = a_ji; only one triangle is stored (a_ji is implied by a_ij).</summary>
    Symmetric,
}
