using HessianDashboard.Core.Randomness;
using HessianDashboard.Core.Tridiagonal;
using MathNet.Numerics.LinearAlgebra;

namespace HessianDashboard.Core.Tests.Tridiagonal;

/// <summary>Test matrices and a dense MathNet reference decomposition for the tridiagonal eigensolver tests.</summary>
internal static class TridiagonalOracle
{
    /// <summary>α ~ N(0, 1); β = ±(|N(0, 1)| + 0.05) with random sign, so T is unreduced and its eigenvalues are distinct.</summary>
    public static (double[] Alpha, double[] Beta) Random(int k, int seed)
    {
        var gaussian = new GaussianSampler(seed);
        var alpha = new double[k];
        var beta = new double[Math.Max(k - 1, 0)];
        for (int i = 0; i < k; i++) alpha[i] = gaussian.Next();
        for (int i = 0; i < beta.Length; i++)
            beta[i] = (gaussian.Uniform.NextDouble() < 0.5 ? -1 : 1) * (Math.Abs(gaussian.Next()) + 0.05);
        return (alpha, beta);
    }

    public static double[,] Dense(ReadOnlySpan<double> alpha, ReadOnlySpan<double> beta)
    {
        int k = alpha.Length;
        var t = new double[k, k];
        for (int i = 0; i < k; i++) t[i, i] = alpha[i];
        for (int i = 0; i + 1 < k; i++) t[i, i + 1] = t[i + 1, i] = beta[i];
        return t;
    }

    /// <summary>Dense symmetric EVD by MathNet: eigenvalues ascending and the matching eigenvector columns.</summary>
    public static (double[] Values, Matrix<double> Vectors) DenseEvd(ReadOnlySpan<double> alpha, ReadOnlySpan<double> beta)
    {
        var evd = Matrix<double>.Build.DenseOfArray(Dense(alpha, beta)).Evd(Symmetricity.Symmetric);
        double[] values = [.. evd.EigenValues.Select(c => c.Real)];
        int[] order = [.. Enumerable.Range(0, values.Length).OrderBy(i => values[i])];
        var vectors = Matrix<double>.Build.Dense(values.Length, values.Length, (row, col) => evd.EigenVectors[row, order[col]]);
        return ([.. order.Select(i => values[i])], vectors);
    }

    /// <summary>‖T‖₂ estimated by the largest |λ|, floored at the smallest normal double to avoid zero tolerances.</summary>
    public static double Norm(ReadOnlySpan<double> values)
    {
        double max = 0;
        foreach (double v in values) max = Math.Max(max, Math.Abs(v));
        return Math.Max(max, double.Epsilon);
    }

    /// <summary>Distance from values[i] to its nearest neighbour (∞ for k = 1).</summary>
    public static double Gap(ReadOnlySpan<double> values, int i)
    {
        double gap = double.PositiveInfinity;
        if (i > 0) gap = Math.Min(gap, values[i] - values[i - 1]);
        if (i + 1 < values.Length) gap = Math.Min(gap, values[i + 1] - values[i]);
        return gap;
    }

    /// <summary>
    /// The identities Z orthogonal and T = Z Λ Zᵀ imply for rows 1 and k of Z: Σ z_1² = Σ z_k² = 1,
    /// Σ z_1 z_k = δ_{1k}, Σ λ z_1² = α_1, Σ λ z_k² = α_k, Σ λ² z_1² = α_1² + β_1².
    /// </summary>
    public static void ShouldSatisfyMomentIdentities(TridiagonalEigenpairs pairs, double[] alpha, double[] beta, double tolerance)
    {
        int k = alpha.Length;
        double norm = Norm(pairs.Values);
        double s11 = 0, skk = 0, s1k = 0, m1 = 0, mk = 0, m2 = 0;
        for (int i = 0; i < k; i++)
        {
            double z1 = pairs.FirstComponents[i], zk = pairs.LastComponents[i], lambda = pairs.Values[i];
            s11 += z1 * z1; skk += zk * zk; s1k += z1 * zk;
            m1 += lambda * z1 * z1; mk += lambda * zk * zk; m2 += lambda * lambda * z1 * z1;
        }
        s11.ShouldBe(1.0, tolerance);
        skk.ShouldBe(1.0, tolerance);
        s1k.ShouldBe(k == 1 ? 1.0 : 0.0, tolerance);
        m1.ShouldBe(alpha[0], tolerance * norm);
        mk.ShouldBe(alpha[k - 1], tolerance * norm);
        double b1 = k > 1 ? beta[0] : 0;
        m2.ShouldBe(alpha[0] * alpha[0] + b1 * b1, tolerance * norm * norm);
    }

    /// <summary>max |T Z − Z Λ| / ‖T‖ and max |ZᵀZ − I| for a row-major Z.</summary>
    public static (double Residual, double Orthogonality) Check(double[] alpha, double[] beta, double[] values, double[] z)
    {
        int k = alpha.Length;
        double norm = Norm(values), residual = 0, orthogonality = 0;
        for (int row = 0; row < k; row++)
            for (int i = 0; i < k; i++)
            {
                double tz = alpha[row] * z[row * k + i];
                if (row > 0) tz += beta[row - 1] * z[(row - 1) * k + i];
                if (row + 1 < k) tz += beta[row] * z[(row + 1) * k + i];
                residual = Math.Max(residual, Math.Abs(tz - values[i] * z[row * k + i]) / norm);
            }
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++)
            {
                double dot = 0;
                for (int row = 0; row < k; row++) dot += z[row * k + i] * z[row * k + j];
                orthogonality = Math.Max(orthogonality, Math.Abs(dot - (i == j ? 1 : 0)));
            }
        return (residual, orthogonality);
    }
}
