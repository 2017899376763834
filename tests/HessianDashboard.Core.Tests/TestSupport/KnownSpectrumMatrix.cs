using HessianDashboard.Core.Operators;
using HessianDashboard.Core.Randomness;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace HessianDashboard.Core.Tests.TestSupport;

/// <summary>
/// A = Q diag(λ) Qᵀ with Q the orthogonal QR factor of a seeded Gaussian matrix, so the spectrum
/// and eigenvectors are known exactly (up to rounding). Test-only; not a production generator.
/// </summary>
internal sealed class KnownSpectrumMatrix
{
    private KnownSpectrumMatrix(DenseSymmetricOperator op, Matrix<double> eigenvectors, double[] eigenvalues)
    {
        Operator = op;
        Eigenvectors = eigenvectors;
        Eigenvalues = eigenvalues;
    }

    public DenseSymmetricOperator Operator { get; }

    /// <summary>Column j is the unit eigenvector of <see cref="Eigenvalues"/>[j].</summary>
    public Matrix<double> Eigenvectors { get; }

    public double[] Eigenvalues { get; }

    public double Trace => Eigenvalues.Sum();

    public static KnownSpectrumMatrix Create(double[] eigenvalues, int seed)
    {
        int n = eigenvalues.Length;
        var sampler = new GaussianSampler(seed);
        var gaussian = Matrix<double>.Build.Dense(n, n, sampler.NextVector(n * n));
        var q = gaussian.QR(QRMethod.Full).Q;
        var a = q * Matrix<double>.Build.DenseOfDiagonalArray(eigenvalues) * q.Transpose();
        var rowMajor = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                rowMajor[i * n + j] = 0.5 * (a[i, j] + a[j, i]); // exactly symmetric
        return new KnownSpectrumMatrix(new DenseSymmetricOperator(rowMajor, n), q, (double[])eigenvalues.Clone());
    }

    /// <summary>A diagonal matrix (trivially known spectrum).</summary>
    public static DenseSymmetricOperator Diagonal(double[] diagonal)
    {
        int n = diagonal.Length;
        var rowMajor = new double[n * n];
        for (int i = 0; i < n; i++) rowMajor[i * n + i] = diagonal[i];
        return new DenseSymmetricOperator(rowMajor, n);
    }

    /// <summary>‖A x − λ x‖₂ computed directly.</summary>
    public static double Residual(ISymmetricOperator op, double[] x, double lambda)
    {
        var y = new double[x.Length];
        op.Apply(x, y);
        double sum = 0;
        for (int i = 0; i < x.Length; i++) sum += (y[i] - lambda * x[i]) * (y[i] - lambda * x[i]);
        return Math.Sqrt(sum);
    }
}
