namespace HessianDashboard.Core.Operators;

/// <summary>
/// A real symmetric linear operator A ∈ ℝⁿˣⁿ known only through its action y = A·x.
/// Lanczos, power iteration, SLQ and the trace estimators see a matrix, a sparse file or a
/// network's Hessian (through Hessian-vector products) only through this interface.
/// </summary>
/// <remarks>
/// Implementations must be symmetric (xᵀA y = yᵀA x up to rounding): the Krylov methods rely on
/// it and do not check it on every product. <see cref="Apply"/> may be called from any thread but
/// never concurrently on the same instance.
/// </remarks>
public interface ISymmetricOperator
{
    /// <summary>The dimension n (A is n × n).</summary>
    int Dimension { get; }

    /// <summary>Computes y = A·x into the caller's buffer. Both spans have length <see cref="Dimension"/> and must not overlap.</summary>
    void Apply(ReadOnlySpan<double> x, Span<double> y);
}
