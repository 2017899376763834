using HessianDashboard.Core.Operators;
using HessianDashboard.Core.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace HessianDashboard.Core.Tests;

/// <summary>Test operators with a known spectrum, built independently of the Synthetic module.</summary>
internal static class TestMatrices
{
    /// <summary>A = Q diag(λ) Qᵀ with Q from the QR of a seeded Gaussian matrix.</summary>
    public static DenseSymmetricOperator WithSpectrum(double[] lambda, int seed)
    {
        int n = lambda.Length;
        var g = new GaussianSampler(seed);
        var gaussian = Matrix<double>.Build.Dense(n, n, (_, _) => g.Next());
        var q = gaussian.QR().Q;
        var a = q * Matrix<double>.Build.DiagonalOfDiagonalArray(lambda) * q.Transpose();
        var entries = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                entries[i * n + j] = 0.5 * (a[i, j] + a[j, i]);
        return new DenseSymmetricOperator(entries, n);
    }

    /// <summary>A network-Hessian-like spectrum: N(0,1) bulk, exact zeros, separated outliers; ascending.</summary>
    public static double[] CustomSpectrum(int n, int seed)
    {
        var g = new GaussianSampler(seed);
        var lambda = new double[n];
        int zeros = n / 4;
        for (int i = zeros; i < n; i++) lambda[i] = g.Next();
        lambda[n - 1] = 40; lambda[n - 2] = 25; lambda[n - 3] = 15; lambda[zeros] = -20; lambda[zeros + 1] = -12;
        Array.Sort(lambda);
        return lambda;
    }

    public static double[] GaussianSpectrum(int n, int seed)
    {
        var lambda = new GaussianSampler(seed).NextVector(n);
        Array.Sort(lambda);
        return lambda;
    }
}

/// <summary>An operator that returns NaN from its <c>failAt</c>-th application on.</summary>
internal sealed class FailingOperator(ISymmetricOperator inner, int failAt) : ISymmetricOperator
{
    private int _calls;
    public int Dimension => inner.Dimension;

    public void Apply(ReadOnlySpan<double> x, Span<double> y)
    {
        inner.Apply(x, y);
        if (++_calls >= failAt) y[0] = double.NaN;
    }
}
