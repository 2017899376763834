using HessianDashboard.Core.Metrics;

namespace HessianDashboard.Core.Tests.Metrics;

public sealed class SpectrumDistanceTests
{
    [Fact]
    public void L1AndL2_UnsortedInputs_CompareSortedCopies()
    {
        double[] a = [3, 1, 2];
        double[] b = [4, 2, 1]; // sorted: [1, 2, 3] vs [1, 2, 4]

        SpectrumDistance.L1(a, b).ShouldBe(1.0, 1e-15);
        SpectrumDistance.L2(a, b).ShouldBe(1.0, 1e-15);
        a.ShouldBe([3.0, 1.0, 2.0]);
        b.ShouldBe([4.0, 2.0, 1.0]);
    }

    [Fact]
    public void L1AndL2_HandComputedExample()
    {
        double[] a = [0, 0, 10];
        double[] b = [-3, 4, 10]; // differences 3, −4, 0

        SpectrumDistance.L1(a, b).ShouldBe(7.0, 1e-15);
        SpectrumDistance.L2(a, b).ShouldBe(5.0, 1e-15);
    }

    [Fact]
    public void L1AndL2_IdenticalSpectraInDifferentOrder_AreZero()
    {
        SpectrumDistance.L1([1.5, -2, 0], [0, 1.5, -2]).ShouldBe(0.0);
        SpectrumDistance.L2([1.5, -2, 0], [0, 1.5, -2]).ShouldBe(0.0);
    }

    [Fact]
    public void L1AndL2_Empty_AreZero()
    {
        SpectrumDistance.L1([], []).ShouldBe(0.0);
        SpectrumDistance.L2([], []).ShouldBe(0.0);
    }

    [Fact]
    public void L1_DifferentLengths_Throws()
    {
        Should.Throw<ArgumentException>(() => SpectrumDistance.L1([1.0, 2.0], [1.0])).Message.ShouldContain("different lengths");
        Should.Throw<ArgumentException>(() => SpectrumDistance.L2([1.0], []));
    }

    [Fact]
    public void L2_NaN_Throws()
    {
        Should.Throw<ArgumentException>(() => SpectrumDistance.L2([double.NaN], [1.0]));
    }
}
