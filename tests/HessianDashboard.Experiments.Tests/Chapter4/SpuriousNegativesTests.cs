using HessianDashboard.Experiments.Chapter4;

namespace HessianDashboard.Experiments.Tests.Chapter4;

public sealed class SpuriousNegativesTests
{
    [Fact]
    public void Find_FullBatchNonNegative_FlagsValuesBelowMinusTolerance()
    {
        double[] full = [0.0, 1.0, 10.0]; // threshold = 0 − 1e-3 · 10 = −0.01

        SpuriousNegatives.Find([-0.5, -0.005, 0.3, -0.02], full).ShouldBe([-0.5, -0.02]);
    }

    [Fact]
    public void Find_FullBatchHasNegatives_FlagsOnlyValuesBelowIt()
    {
        double[] full = [-1.0, 2.0]; // threshold = −1 − 1e-3 · 2 = −1.002

        SpuriousNegatives.Find([-1.001, -1.5], full).ShouldBe([-1.5]);
    }

    [Fact]
    public void Find_SameSpectrum_FlagsNothing()
    {
        double[] full = [-0.3, 0.1, 2.0];

        SpuriousNegatives.Find(full, full).ShouldBeEmpty();
    }
}
