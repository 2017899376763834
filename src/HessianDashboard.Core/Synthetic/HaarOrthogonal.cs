using HessianDashboard.Core.LinearAlgebra;
using HessianDashboard.Core.Randomness;

namespace HessianDashboard.Core.Synthetic;

/// <summary>Random orthogonal matrices from the Haar (uniform) measure on O(n).</summary>
public static class HaarOrthogonal
{
    /// <summary>Columns per parallel task in the Householder updates; below this width the update runs serially.</summary>
    private const int ParallelChunk = 64;

    /// <summary>
    /// Returns a row-major n × n orthogonal Q drawn from the Haar measure (Mezzadri 2007): draw G with
    /// i.i.d. N(0, 1) entries from <see cref="GaussianSampler"/>(seed), factor G = Q₀R by Householder QR and
    /// return Q = Q₀·diag(sign r_kk) (sign 0 taken as +1), i.e. the QR factor whose R has a positive diagonal.
    /// Without that sign correction Q₀ is not Haar-distributed.
    /// </summary>
    /// <remarks>
    /// G is filled column by column from the stream (the first n draws are its first column) and stored that way
    /// (storage row j holds column j of G), so every Householder update is a contiguous dot product and axpy; the cost is about (8/3)·n³ flops, parallel over columns.
    /// </remarks>
    public static double[] Sample(int n, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        var g = new GaussianSampler(seed).NextVector(checked(n * n)); // row j = column j of G
        var tau = new double[n];
        var signs = new double[n];
        var v = new double[n];
        for (int k = 0; k < n; k++)
        {
            var x = g.AsSpan(k * n + k, n - k);
            double rkk = MakeReflector(x, out tau[k]);
            signs[k] = rkk < 0 ? -1.0 : 1.0;
            if (tau[k] == 0) continue;
            LoadReflector(g, n, k, v);
            ApplyReflector(g, n, k, k + 1, v.AsMemory(0, n - k), tau[k]);
        }
        var q = new double[n * n]; // row j = column j of Q₀, accumulated backwards from the identity
        for (int j = 0; j < n; j++) q[j * n + j] = 1.0;
        for (int k = n - 1; k >= 0; k--)
        {
            if (tau[k] == 0) continue;
            LoadReflector(g, n, k, v);
            ApplyReflector(q, n, k, k, v.AsMemory(0, n - k), tau[k]);
        }
        var result = new double[n * n];
        for (int j = 0; j < n; j++)
            for (int i = 0; i < n; i++)
                result[i * n + j] = q[j * n + i] * signs[j];
        return result;
    }

    /// <summary>
    /// Overwrites x with the Householder vector v (v₀ = 1 implicit, v₁.. stored in x[1..]) such that
    /// (I − τ v vᵀ)x = β e₁, and returns β = r_kk; x[0] is left holding β.
    /// </summary>
    private static double MakeReflector(Span<double> x, out double tau)
    {
        double alpha = x[0];
        double tailNorm = Vectors.Norm(x[1..]);
        if (tailNorm == 0)
        {
            tau = 0;
            return alpha;
        }
        double beta = -Math.CopySign(double.Hypot(alpha, tailNorm), alpha);
        tau = (beta - alpha) / beta;
        Vectors.Scale(1.0 / (alpha - beta), x[1..]);
        x[0] = beta;
        return beta;
    }

    private static void LoadReflector(double[] g, int n, int k, double[] v)
    {
        v[0] = 1.0;
        g.AsSpan(k * n + k + 1, n - k - 1).CopyTo(v.AsSpan(1));
    }

    /// <summary>For every storage row j ≥ <paramref name="firstRow"/>: a_j[k..] ← a_j[k..] − τ (vᵀ a_j[k..]) v.</summary>
    private static void ApplyReflector(double[] a, int n, int k, int firstRow, ReadOnlyMemory<double> v, double tau)
    {
        int count = n - firstRow;
        if (count <= 0) return;
        if (count < 2 * ParallelChunk || (long)count * (n - k) < 1 << 16)
        {
            UpdateRows(a, n, k, firstRow, n, v.Span, tau);
            return;
        }
        int chunks = (count + ParallelChunk - 1) / ParallelChunk;
        Parallel.For(0, chunks, c =>
        {
            int start = firstRow + c * ParallelChunk;
            UpdateRows(a, n, k, start, Math.Min(n, start + ParallelChunk), v.Span, tau);
        });
    }

    private static void UpdateRows(double[] a, int n, int k, int start, int end, ReadOnlySpan<double> v, double tau)
    {
        for (int j = start; j < end; j++)
        {
            var column = a.AsSpan(j * n + k, n - k);
            Vectors.Axpy(-tau * Vectors.Dot(v, column), v, column);
        }
    }
}
