namespace HessianDashboard.Core.Tridiagonal;

/// <summary>
/// Eigen-decomposition T = Z Λ Zᵀ of a real symmetric tridiagonal matrix T with diagonal α_1..α_k and
/// off-diagonal β_1..β_{k−1}, by implicit QL with Wilkinson shifts (Z orthogonal, Λ = diag(λ_i)).
/// </summary>
/// <remarks>
/// Every method validates its input (non-empty diagonal, off-diagonal of length ≥ k − 1 whose extra
/// entries are ignored, all entries finite) and throws <see cref="ArgumentException"/> otherwise. The
/// matrix is scaled by a power of two internally, so entries anywhere in the double range are safe.
/// Eigenvalues come back ascending; each unit eigenvector z_i is signed so that z_{1,i} &gt; 0 when it
/// is nonzero, otherwise z_{k,i} ≥ 0.
/// </remarks>
public static class SymmetricTridiagonalEigensolver
{
    /// <summary>
    /// Eigenvalues λ_i of T with the first and last components z_{1,i}, z_{k,i} of their unit
    /// eigenvectors, in O(k²) operations: only rows 1 and k of Z are accumulated. For a Lanczos T_k,
    /// |β_k z_{k,i}| is the residual norm of the Ritz pair i, and z_{1,i}² is the weight of node λ_i
    /// in the k-point Gauss quadrature of the spectral measure seen from v₁.
    /// </summary>
    /// <exception cref="ArgumentException">Empty diagonal, off-diagonal shorter than k − 1, or a NaN/∞ entry.</exception>
    /// <exception cref="InvalidOperationException">QL failed to converge (not expected to happen).</exception>
    public static TridiagonalEigenpairs Solve(ReadOnlySpan<double> diagonal, ReadOnlySpan<double> offDiagonal)
    {
        var t = ScaledTridiagonal.Create(diagonal, offDiagonal);
        int k = t.Size;
        // zt row i = (Z[1,i], Z[k,i]) of the working matrix; Z starts as the identity.
        var zt = new double[2 * k];
        zt[0] = 1;
        zt[2 * (k - 1) + 1] = 1;
        ImplicitQl.Diagonalize(t.Diagonal, t.OffDiagonal, zt, 2);

        int[] order = AscendingOrder(t.Diagonal);
        var values = new double[k];
        var first = new double[k];
        var last = new double[k];
        int top = t.Reversed ? 1 : 0;
        for (int i = 0; i < k; i++)
        {
            int source = order[i];
            values[i] = t.Unscale(t.Diagonal[source]);
            double z1 = zt[2 * source + top], zk = zt[2 * source + 1 - top];
            double sign = SignFor(z1, zk);
            first[i] = sign * z1;
            last[i] = sign * zk;
        }
        return new TridiagonalEigenpairs(values, first, last);
    }

    /// <summary>
    /// The eigenvalues λ_1 ≤ … ≤ λ_k of T only; no rotations are accumulated, so this is the cheapest
    /// call (O(k²) with a smaller constant than <see cref="Solve"/>).
    /// </summary>
    /// <exception cref="ArgumentException">Empty diagonal, off-diagonal shorter than k − 1, or a NaN/∞ entry.</exception>
    /// <exception cref="InvalidOperationException">QL failed to converge (not expected to happen).</exception>
    public static double[] Eigenvalues(ReadOnlySpan<double> diagonal, ReadOnlySpan<double> offDiagonal)
    {
        var t = ScaledTridiagonal.Create(diagonal, offDiagonal);
        ImplicitQl.Diagonalize(t.Diagonal, t.OffDiagonal, [], 0);
        var values = new double[t.Size];
        for (int i = 0; i < values.Length; i++)
            values[i] = t.Unscale(t.Diagonal[i]);
        Array.Sort(values);
        return values;
    }

    /// <summary>
    /// The full decomposition T = Z Λ Zᵀ in O(k³) operations, for forming Ritz vectors V_k z_i.
    /// <c>Vectors</c> is Z as a k×k row-major array: <c>Vectors[row*k + i]</c> is component <c>row</c>
    /// of the unit eigenvector z_i belonging to <c>Values[i]</c> (ascending). Eigenvectors use the same
    /// sign convention as <see cref="Solve"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Empty diagonal, off-diagonal shorter than k − 1, or a NaN/∞ entry.</exception>
    /// <exception cref="InvalidOperationException">QL failed to converge (not expected to happen).</exception>
    public static (double[] Values, double[] Vectors) SolveWithVectors(ReadOnlySpan<double> diagonal, ReadOnlySpan<double> offDiagonal)
    {
        var t = ScaledTridiagonal.Create(diagonal, offDiagonal);
        int k = t.Size;
        // zt row i = column i of Z (all k rows of Z tracked); Z starts as the identity.
        var zt = new double[k * k];
        for (int i = 0; i < k; i++) zt[i * k + i] = 1;
        ImplicitQl.Diagonalize(t.Diagonal, t.OffDiagonal, zt, k);

        int[] order = AscendingOrder(t.Diagonal);
        var values = new double[k];
        var vectors = new double[k * k];
        for (int i = 0; i < k; i++)
        {
            int source = order[i];
            values[i] = t.Unscale(t.Diagonal[source]);
            var column = zt.AsSpan(source * k, k);
            // Row `row` of Z is row k−1−row of the working matrix's Z when T was reversed.
            double z1 = column[t.Reversed ? k - 1 : 0], zk = column[t.Reversed ? 0 : k - 1];
            double sign = SignFor(z1, zk);
            for (int row = 0; row < k; row++)
                vectors[row * k + i] = sign * column[t.Reversed ? k - 1 - row : row];
        }
        return (values, vectors);
    }

    /// <summary>Indices that sort <paramref name="values"/> ascending.</summary>
    private static int[] AscendingOrder(double[] values)
    {
        var keys = (double[])values.Clone();
        int[] order = [.. Enumerable.Range(0, keys.Length)];
        Array.Sort(keys, order);
        return order;
    }

    /// <summary>±1 making the first component positive, or when it is zero the last one non-negative.</summary>
    private static double SignFor(double first, double last) =>
        first < 0 || (first == 0 && last < 0) ? -1.0 : 1.0;
}
