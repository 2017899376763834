using HessianDashboard.Experiments.Chapter4;

namespace HessianDashboard.Experiments.Tests.Chapter4;

public sealed class NegativeMassTests
{
    [Fact]
    public void Of_MixedSpectrum_CountsAndMassFractionAreExact()
    {
        var mass = NegativeMass.Of([-2.0, -1.0, 0.0, 3.0, 4.0]);

        mass.Count.ShouldBe(2);
        mass.CountFraction.ShouldBe(0.4);
        mass.MassFraction.ShouldBe(3.0 / 10.0, 1e-15);
        mass.MostNegative.ShouldBe(-2.0);
    }

    [Fact]
    public void Of_RoundOffBelowZero_IsNotNegative() => NegativeMass.Of([-1e-17, 0.0, 2.0]).Count.ShouldBe(0);

    [Fact]
    public void Of_AllZero_MassFractionIsZero() => NegativeMass.Of([0.0, 0.0]).MassFraction.ShouldBe(0);
}
