using HessianDashboard.Core.LinearAlgebra;

namespace HessianDashboard.Core.Operators;

/// <summary>
/// A dense symmetric matrix stored row-major in one array; y = A·x costs n² multiply-adds.
/// </summary>
/// <remarks>Symmetry is checked once at construction (relative tolerance), not on every product.</remarks>
public sealed class DenseSymmetricOperator : ISymmetricOperator
{
    private readonly double[] _entries;

    /// <summary>Wraps <paramref name="rowMajor"/> (n·n entries, not copied).</summary>
    /// <param name="rowMajor">The entries a_ij at index i·n + j.</param>
    /// <param name="dimension">n.</param>
    /// <param name="symmetryTolerance">Largest accepted |a_ij − a_ji| relative to max |a_ij|.</param>
    public DenseSymmetricOperator(double[] rowMajor, int dimension, double symmetryTolerance = 1e-12)
    {
        ArgumentNullException.ThrowIfNull(rowMajor);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        if ((long)dimension * dimension != rowMajor.LongLength)
            throw new ArgumentException($"Expected {dimension}² = {(long)dimension * dimension} entries, got {rowMajor.LongLength}.", nameof(rowMajor));
        Dimension = dimension;
        _entries = rowMajor;
        CheckFiniteAndSymmetric(symmetryTolerance);
    }

    /// <inheritdoc/>
    public int Dimension { get; }

    /// <summary>The entry a_ij.</summary>
    public double this[int i, int j] => _entries[(long)i * Dimension + j];

    /// <summary>The row-major entries (a live view).</summary>
    public ReadOnlySpan<double> Entries => _entries;

    /// <inheritdoc/>
    public void Apply(ReadOnlySpan<double> x, Span<double> y)
    {
        OperatorGuard.CheckApply(Dimension, x, y);
        DenseKernels.MultiplyRowMajor(_entries, Dimension, Dimension, x, y);
    }

    private void CheckFiniteAndSymmetric(double tolerance)
    {
        int n = Dimension;
        double scale = 0;
        foreach (double v in _entries)
        {
            if (!double.IsFinite(v)) throw new ArgumentException("The matrix has a NaN or infinite entry.");
            scale = Math.Max(scale, Math.Abs(v));
        }
        double limit = tolerance * scale;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                double d = Math.Abs(_entries[(long)i * n + j] - _entries[(long)j * n + i]);
                if (d > limit)
                    throw new ArgumentException($"The matrix is not symmetric: |a[{i + 1},{j + 1}] − a[{j + 1},{i + 1}]| = {d:G3} exceeds {limit:G3}.");
            }
    }
}
