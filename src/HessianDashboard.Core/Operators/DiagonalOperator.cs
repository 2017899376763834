using System.Runtime.CompilerServices;
namespace HessianDashboard.Core.Operators;

/// <summary>
/// The diagonal matrix D = diag(d): y = d ⊙ x (y_i = d_i·x_i), n multiplications per product.
/// Its eigenvalues are exactly the entries d_i, which makes it a cheap ground truth in tests.
/// </summary>
public sealed class DiagonalOperator : ISymmetricOperator
{
    private readonly double[] _diagonal;

    /// <summary>Copies <paramref name="diagonal"/> (n ≥ 1 finite entries d_i).</summary>
    public DiagonalOperator(ReadOnlySpan<double> diagonal)
    {
        if (diagonal.IsEmpty) throw new ArgumentException("The diagonal must have at least one entry.", nameof(diagonal));
        for (int i = 0; i < diagonal.Length; i++)
            if (!double.IsFinite(diagonal[i]))
                throw new ArgumentException($"Diagonal entry {i} is not finite.", nameof(diagonal));
        _diagonal = diagonal.ToArray();
    }

    /// <inheritdoc/>
    public int Dimension => _diagonal.Length;

    /// <summary>The diagonal entries d_i.</summary>
    public ReadOnlySpan<double> Diagonal => _diagonal;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see docs/decisions/004-hot-kernels-skip-tiering.md
    public void Apply(ReadOnlySpan<double> x, Span<double> y)
    {
        OperatorGuard.CheckApply(Dimension, x, y);
        System.Numerics.Tensors.TensorPrimitives.Multiply(_diagonal, x, y);
    }
}
