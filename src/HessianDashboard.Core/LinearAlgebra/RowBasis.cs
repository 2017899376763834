using System.Runtime.CompilerServices;
using System.Numerics;

namespace HessianDashboard.Core.LinearAlgebra;

/// <summary>
/// A growing set of k vectors of length n stored as rows, V ∈ ℝᵏˣⁿ, with the two matrix-vector
/// products classical Gram–Schmidt needs: h = V·w and w ← w − Vᵀ·h.
/// </summary>
/// <remarks>
/// Each product streams every row once and reads/writes w once per block of four rows, so the cost
/// is one pass over V (k·n multiply-adds) rather than k separate level-1 calls that would each
/// re-read w. This is what keeps full reorthogonalisation at the 2× flop-count limit of Lanczos.
/// </remarks>
public sealed class RowBasis
{
    private readonly List<double[]> _rows = [];

    public RowBasis(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        Length = length;
    }

    /// <summary>n, the length of every row.</summary>
    public int Length { get; }

    /// <summary>k, the number of rows stored.</summary>
    public int Count => _rows.Count;

    /// <summary>Row j (a live view: do not modify it after it is added).</summary>
    public ReadOnlySpan<double> this[int j] => _rows[j];

    /// <summary>Appends a copy of <paramref name="row"/>.</summary>
    public void Add(ReadOnlySpan<double> row)
    {
        if (row.Length != Length) throw new ArgumentException($"Row has length {row.Length}, expected {Length}.", nameof(row));
        _rows.Add(row.ToArray());
    }

    /// <summary>Returns the rows as a k × n jagged array (copies).</summary>
    public double[][] ToArrays() => [.. _rows.Select(r => (double[])r.Clone())];

    /// <summary>h[j] = V_j · w for j &lt; <paramref name="rows"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see docs/decisions/004-hot-kernels-skip-tiering.md
    public void Multiply(ReadOnlySpan<double> w, Span<double> h, int rows)
    {
        CheckRows(rows, h.Length);
        int j = 0;
        for (; j + 4 <= rows; j += 4)
            DenseKernels.Dot4(_rows[j], _rows[j + 1], _rows[j + 2], _rows[j + 3], w, h.Slice(j, 4));
        for (; j < rows; j++)
            h[j] = Vectors.Dot(_rows[j], w);
    }

    /// <summary>w ← w − Σ_j h[j]·V_j for j &lt; <paramref name="rows"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see docs/decisions/004-hot-kernels-skip-tiering.md
    public void SubtractTransposeTimes(ReadOnlySpan<double> h, Span<double> w, int rows)
    {
        CheckRows(rows, h.Length);
        int j = 0;
        for (; j + 4 <= rows; j += 4)
            SubtractAxpy4(_rows[j], _rows[j + 1], _rows[j + 2], _rows[j + 3], h.Slice(j, 4), w);
        for (; j < rows; j++)
            Vectors.Axpy(-h[j], _rows[j], w);
    }

    private void CheckRows(int rows, int hLength)
    {
        if ((uint)rows > (uint)_rows.Count) throw new ArgumentOutOfRangeException(nameof(rows));
        if (hLength < rows) throw new ArgumentException("h is shorter than the number of rows used.", nameof(hLength));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see docs/decisions/004-hot-kernels-skip-tiering.md
    private static void SubtractAxpy4(double[] a, double[] b, double[] c, double[] d, ReadOnlySpan<double> h, Span<double> w)
    {
        int n = w.Length, width = Vector<double>.Count, i = 0;
        double ha = h[0], hb = h[1], hc = h[2], hd = h[3];
        var va = new Vector<double>(ha); var vb = new Vector<double>(hb);
        var vc = new Vector<double>(hc); var vd = new Vector<double>(hd);
        for (; i + width <= n; i += width)
        {
            var slice = w.Slice(i, width);
            var acc = new Vector<double>(slice);
            acc -= va * new Vector<double>(a, i) + vb * new Vector<double>(b, i)
                 + vc * new Vector<double>(c, i) + vd * new Vector<double>(d, i);
            acc.CopyTo(slice);
        }
        for (; i < n; i++)
            w[i] -= ha * a[i] + hb * b[i] + hc * c[i] + hd * d[i];
    }
}
