namespace HessianDashboard.Core.IO;

/// <summary>The storage format named in a Matrix Market banner.</summary>
public enum MatrixMarketFormat
{
    /// <summary>Sparse: one "row col [value]" line (1-based indices) per stored entry.</summary>
    Coordinate,

    /// <summary>Dense: one value per line, column-major (lower triangle only for symmetric matrices).</summary>
    Array,
}
