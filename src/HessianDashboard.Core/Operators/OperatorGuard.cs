namespace HessianDashboard.Core.Operators;

/// <summary>Argument checks shared by every operator's <c>Apply</c>.</summary>
internal static class OperatorGuard
{
    public static void CheckApply(int dimension, ReadOnlySpan<double> x, Span<double> y)
    {
        if (x.Length != dimension)
            throw new ArgumentException($"x has length {x.Length}, the operator has dimension {dimension}.", nameof(x));
        if (y.Length != dimension)
            throw new ArgumentException($"y has length {y.Length}, the operator has dimension {dimension}.", nameof(y));
        if (x.Overlaps(y))
            throw new ArgumentException("x and y must not overlap.", nameof(y));
    }
}
