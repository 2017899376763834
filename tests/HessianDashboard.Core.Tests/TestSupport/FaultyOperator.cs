using HessianDashboard.Core.Operators;

namespace HessianDashboard.Core.Tests.TestSupport;

/// <summary>Delegates to an inner operator, then returns NaN from the given application on (1-based).</summary>
internal sealed class FaultyOperator(ISymmetricOperator inner, int failFromApplication) : ISymmetricOperator
{
    public int Applications { get; private set; }

    public int Dimension => inner.Dimension;

    public void Apply(ReadOnlySpan<double> x, Span<double> y)
    {
        Applications++;
        inner.Apply(x, y);
        if (Applications >= failFromApplication) y[0] = double.NaN;
    }
}
