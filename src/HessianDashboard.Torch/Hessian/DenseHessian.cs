using HessianDashboard.Torch.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Hessian;

/// <summary>
/// A dense symmetric Hessian H ∈ ℝⁿˣⁿ (row-major float64, already symmetrised) with the asymmetry
/// max|H − Hᵀ| of the raw rows. Eigenvalues come from libtorch's float64 symmetric eigensolver
/// (LAPACK syevd through torch.linalg.eigvalsh / eigh): backward stable, each eigenvalue within
/// ~n·ε·‖H‖₂ of the exact one.
/// </summary>
public sealed class DenseHessian
{
    internal DenseHessian(int dimension, double[] values, double asymmetry, int rowsResumed, TimeSpan elapsed)
    {
        Dimension = dimension;
        Values = values;
        Asymmetry = asymmetry;
        RowsResumed = rowsResumed;
        Elapsed = elapsed;
    }

    /// <summary>n.</summary>
    public int Dimension { get; }

    /// <summary>H row-major: H[i, j] = Values[i·n + j].</summary>
    public double[] Values { get; }

    /// <summary>max|H − Hᵀ| of the computed rows before symmetrisation (rounding only, for an exact HVP).</summary>
    public double Asymmetry { get; }

    /// <summary>Rows read back from a row file instead of computed.</summary>
    public int RowsResumed { get; }

    /// <summary>Time spent computing rows in this run.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>H[i, j].</summary>
    public double this[int i, int j] => Values[(long)i * Dimension + j];

    /// <summary>Row i of H.</summary>
    public ReadOnlySpan<double> Row(int i) => Values.AsSpan(i * Dimension, Dimension);

    /// <summary>The eigenvalues of H, ascending (float64 LAPACK; the matrix is shared with libtorch, not copied by us).</summary>
    public double[] Eigenvalues() => Decompose(vectors: false).Values;

    /// <summary>Eigenvalues and (when <paramref name="vectors"/>) eigenvectors; the vectors cost another n² doubles.</summary>
    public HessianEigenpairs Decompose(bool vectors = true)
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        var h = from_array(Values).view(Dimension, Dimension);
        if (!vectors) return new HessianEigenpairs(linalg.eigvalsh(h).data<double>().ToArray(), null);
        var (values, v) = linalg.eigh(h);
        // eigh returns eigenvectors as columns; transposing makes row k the k-th eigenvector.
        return new HessianEigenpairs(values.data<double>().ToArray(), v.T.contiguous().data<double>().ToArray());
    }
}
