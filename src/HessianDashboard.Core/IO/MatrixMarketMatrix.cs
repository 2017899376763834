using HessianDashboard.Core.Operators;

namespace HessianDashboard.Core.IO;

/// <summary>
/// A matrix read by <see cref="MatrixMarketReader"/>: its header and its stored entries exactly as the file gives
/// them (0-based indices; for a symmetric file one triangle, a_ji = a_ij implied; pattern entries are 1).
/// </summary>
public sealed class MatrixMarketMatrix
{
    private readonly (int Row, int Col, double Value)[] _entries;
    private readonly int[] _lines;

    internal MatrixMarketMatrix(MatrixMarketHeader header, (int Row, int Col, double Value)[] entries, int[] lines)
    {
        Rows = header.Rows;
        Columns = header.Columns;
        Format = header.Format;
        Field = header.Field;
        Symmetry = header.Symmetry;
        SizeLine = header.SizeLine;
        _entries = entries;
        _lines = lines;
    }

    /// <summary>The number of rows m.</summary>
    public int Rows { get; }

    /// <summary>The number of columns.</summary>
    public int Columns { get; }

    /// <summary>Coordinate (sparse) or array (dense).</summary>
    public MatrixMarketFormat Format { get; }

    /// <summary>Real, integer or pattern.</summary>
    public MatrixMarketField Field { get; }

    /// <summary>General or symmetric.</summary>
    public MatrixMarketSymmetry Symmetry { get; }

    /// <summary>The stored entries (row, col, value) with 0-based indices, in file order.</summary>
    public IReadOnlyList<(int Row, int Col, double Value)> Entries => _entries;

    /// <summary>The line of the size line (for messages).</summary>
    internal int SizeLine { get; }

    /// <summary>The line the entry <paramref name="index"/> was read from.</summary>
    internal int LineOf(int index) => _lines[index];

    /// <summary>
    /// The full matrix as a row-major array (entry (i, j) at i·cols + j, absent entries 0); a symmetric
    /// file's stored a_ij is written to both (i, j) and (j, i).
    /// </summary>
    /// <exception cref="InvalidOperationException">rows·cols exceeds the largest array.</exception>
    public double[] ToDenseRowMajor()
    {
        long size = (long)Rows * Columns;
        if (size > Array.MaxLength)
            throw new InvalidOperationException($"A dense {Rows} × {Columns} matrix does not fit in one array.");
        var dense = new double[size];
        foreach (var (row, col, value) in _entries)
        {
            dense[(long)row * Columns + col] = value;
            if (Symmetry == MatrixMarketSymmetry.Symmetric) dense[(long)col * Columns + row] = value;
        }
        return dense;
    }

    /// <summary>
    /// The matrix as a real symmetric operator: a <see cref="DenseSymmetricOperator"/> for the array format or when
    /// at least a quarter of the n² entries are stored, else a <see cref="CsrSymmetricOperator"/>. A 'general' file
    /// must be symmetric: |a_ij − a_ji| ≤ 1e-12·max|a| for every pair (a missing entry counts as 0); the operator then
    /// holds the exactly symmetric (a_ij + a_ji)/2.
    /// </summary>
    /// <exception cref="MatrixMarketFormatException">
    /// The matrix is not square (line of the size line) or a 'general' matrix is not symmetric (line of the first
    /// offending entry in file order, both values named in the message).
    /// </exception>
    public ISymmetricOperator ToOperator() => MatrixMarketOperatorBuilder.Build(this);
}
