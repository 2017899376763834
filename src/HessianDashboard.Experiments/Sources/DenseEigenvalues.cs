using MathNet.Numerics.LinearAlgebra;

namespace HessianDashboard.Experiments.Sources;

/// <summary>All eigenvalues of a dense symmetric matrix by MathNet's symmetric eigendecomposition (O(n³)), ascending.</summary>
public static class DenseEigenvalues
{
    public static double[] Of(double[] rowMajor, int n)
    {
        var matrix = Matrix<double>.Build.Dense(n, n, (i, j) => rowMajor[(long)i * n + j]);
        var values = matrix.Evd(Symmetricity.Symmetric).EigenValues.Select(c => c.Real).ToArray();
        Array.Sort(values);
        return values;
    }
}
