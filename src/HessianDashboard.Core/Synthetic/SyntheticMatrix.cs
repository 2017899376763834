using HessianDashboard.Core.LinearAlgebra;
using HessianDashboard.Core.Operators;

namespace HessianDashboard.Core.Synthetic;

/// <summary>
/// A synthetic test matrix A = Q·diag(λ)·Qᵀ with a Haar-random orthogonal Q (thesis §3.3, "a matrix
/// constructed from a predefined list of eigenvalues"), together with its exact spectrum λ.
/// </summary>
public sealed class SyntheticMatrix
{
    private readonly double[] _eigenvalues;

    private SyntheticMatrix(DenseSymmetricOperator matrix, double[] eigenvalues)
    {
        Operator = matrix;
        _eigenvalues = eigenvalues;
    }

    /// <summary>The dense operator A (exactly symmetric: a_ij and a_ji are the same double).</summary>
    public DenseSymmetricOperator Operator { get; }

    /// <summary>The dimension n.</summary>
    public int Dimension => Operator.Dimension;

    /// <summary>The true eigenvalues λ of A, sorted ascending (up to the rounding of forming A).</summary>
    public ReadOnlySpan<double> Eigenvalues => _eigenvalues;

    /// <summary>
    /// Builds A = Q·diag(λ)·Qᵀ with Q = <see cref="HaarOrthogonal.Sample"/>(n, seed). λ is sorted first, so A
    /// depends only on the multiset of eigenvalues and the seed. With B = Q·diag(λ) (column k of Q scaled by λ_k),
    /// a_ij = Σ_k q_ik λ_k q_jk = B_i·Q_j is computed once for j ≥ i and mirrored, which is the same as
    /// symmetrising the product exactly ((a_ij + a_ji)/2 with a_ij = a_ji); cost n³ flops, parallel over rows.
    /// </summary>
    /// <param name="eigenvalues">n ≥ 1 finite eigenvalues in any order (copied).</param>
    /// <param name="seed">Seed of the Haar sample.</param>
    public static SyntheticMatrix Create(double[] eigenvalues, int seed)
    {
        ArgumentNullException.ThrowIfNull(eigenvalues);
        if (eigenvalues.Length == 0) throw new ArgumentException("At least one eigenvalue is required.", nameof(eigenvalues));
        if (!Vectors.AllFinite(eigenvalues)) throw new ArgumentException("Eigenvalues must be finite.", nameof(eigenvalues));
        var lambda = (double[])eigenvalues.Clone();
        Array.Sort(lambda);
        int n = lambda.Length;
        var q = HaarOrthogonal.Sample(n, seed);
        var b = new double[q.Length];
        for (int i = 0; i < n; i++)
            System.Numerics.Tensors.TensorPrimitives.Multiply(q.AsSpan(i * n, n), lambda, b.AsSpan(i * n, n));
        var a = new double[q.Length];
        int blocks = (n + 3) / 4;
        Parallel.For(0, blocks, block => FillRows(a, b, q, n, 4 * block));
        return new SyntheticMatrix(new DenseSymmetricOperator(a, n), lambda);
    }

    /// <summary>Rows i0..i0+3: a_ij = a_ji = B_i·Q_j for every j ≥ i.</summary>
    private static void FillRows(double[] a, double[] b, double[] q, int n, int i0)
    {
        Span<double> h = stackalloc double[4];
        if (i0 + 4 <= n)
        {
            ReadOnlySpan<double> b0 = b.AsSpan(i0 * n, n), b1 = b.AsSpan((i0 + 1) * n, n);
            ReadOnlySpan<double> b2 = b.AsSpan((i0 + 2) * n, n), b3 = b.AsSpan((i0 + 3) * n, n);
            for (int j = i0; j < n; j++)
            {
                DenseKernels.Dot4(b0, b1, b2, b3, q.AsSpan(j * n, n), h);
                for (int r = 0; r < 4; r++)
                    if (j >= i0 + r) a[(i0 + r) * n + j] = a[j * n + i0 + r] = h[r];
            }
            return;
        }
        for (int i = i0; i < n; i++)
            for (int j = i; j < n; j++)
                a[i * n + j] = a[j * n + i] = Vectors.Dot(b.AsSpan(i * n, n), q.AsSpan(j * n, n));
    }
}
