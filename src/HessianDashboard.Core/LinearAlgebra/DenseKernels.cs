using System.Runtime.CompilerServices;
using System.Numerics;

namespace HessianDashboard.Core.LinearAlgebra;

/// <summary>Level-2 kernels over row-major dense storage.</summary>
public static class DenseKernels
{
    /// <summary>y = A·x for a row-major <paramref name="rows"/> × <paramref name="cols"/> matrix A.</summary>
    /// <remarks>Four rows per pass so x is read once for every four rows (x stays in L1 for n ≤ 4096).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see docs/decisions/004-hot-kernels-skip-tiering.md
    public static void MultiplyRowMajor(ReadOnlySpan<double> a, int rows, int cols, ReadOnlySpan<double> x, Span<double> y)
    {
        if (a.Length < (long)rows * cols) throw new ArgumentException("Matrix storage is too short.", nameof(a));
        if (x.Length != cols || y.Length != rows) throw new ArgumentException("Vector lengths do not match the matrix.");
        int r = 0;
        for (; r + 4 <= rows; r += 4)
        {
            var block = a.Slice(r * cols, 4 * cols);
            Dot4(block[..cols], block.Slice(cols, cols), block.Slice(2 * cols, cols), block.Slice(3 * cols, cols), x, y.Slice(r, 4));
        }
        for (; r < rows; r++)
            y[r] = Vectors.Dot(a.Slice(r * cols, cols), x);
    }

    /// <summary>h[0..3] = (a·w, b·w, c·w, d·w) in one pass over w.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see docs/decisions/004-hot-kernels-skip-tiering.md
    internal static void Dot4(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c, ReadOnlySpan<double> d,
        ReadOnlySpan<double> w, Span<double> h)
    {
        int n = w.Length, width = Vector<double>.Count, i = 0;
        Vector<double> sa = Vector<double>.Zero, sb = sa, sc = sa, sd = sa;
        for (; i + width <= n; i += width)
        {
            var wv = new Vector<double>(w.Slice(i, width));
            sa += new Vector<double>(a.Slice(i, width)) * wv;
            sb += new Vector<double>(b.Slice(i, width)) * wv;
            sc += new Vector<double>(c.Slice(i, width)) * wv;
            sd += new Vector<double>(d.Slice(i, width)) * wv;
        }
        double ra = Vector.Sum(sa), rb = Vector.Sum(sb), rc = Vector.Sum(sc), rd = Vector.Sum(sd);
        for (; i < n; i++)
        {
            double wi = w[i];
            ra += a[i] * wi; rb += b[i] * wi; rc += c[i] * wi; rd += d[i] * wi;
        }
        h[0] = ra; h[1] = rb; h[2] = rc; h[3] = rd;
    }
}
