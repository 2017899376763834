namespace HessianDashboard.Core.IO;

/// <summary>The value type named in a Matrix Market banner (complex is not supported).</summary>
public enum MatrixMarketField
{
    /// <summary>Floating-point values.</summary>
    Real,

    /// <summary>Integer values (read as doubles).</summary>
    Integer,

    /// <summary>No values: every stored entry is 1 (coordinate format only).</summary>
    Pattern,
}
