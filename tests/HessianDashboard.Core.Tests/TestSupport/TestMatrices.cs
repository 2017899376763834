using HessianDashboard.Core.Operators;
using HessianDashboard.Core.Randomness;

namespace HessianDashboard.Core.Tests.TestSupport;

/// <summary>Spectra for the Lanczos/SLQ tests, and operators with them.</summary>
internal static class TestMatrices
{
    /// <summary>A = Q diag(λ) Qᵀ (see <see cref="KnownSpectrumMatrix"/>).</summary>
    public static DenseSymmetricOperator WithSpectrum(double[] lambda, int seed) => KnownSpectrumMatrix.Create(lambda, seed).Operator;

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
