using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Networks;

namespace HessianDashboard.Web.Tests.Components.Charts;

public sealed class NiceScaleTests
{
    [Fact]
    public void Of_SpectrumWithRoundOffBelowZero_StartsAtZeroWithTenthSteps()
    {
        var scale = NiceScale.Of(-3.56527e-17, 0.717743);

        scale.ShouldBe(new NiceScale(0, 0.8, 0.1));
        scale.TickAmount.ShouldBe(8);
        scale.Format.ShouldBe(TickFormat.Fixed2);
    }

    [Theory]
    [InlineData(-0.05, 0.7, -0.1, 0.7, 0.1, TickFormat.Fixed2)]
    [InlineData(0, 37, 0, 40, 5, TickFormat.Integer)]
    [InlineData(0, 0.004, 0, 0.004, 0.0005, TickFormat.Scientific)]
    [InlineData(-2.5, 2.5, -3, 3, 1, TickFormat.Integer)]
    public void Of_Range_BoundsAreMultiplesOfANiceStep(double low, double high, double min, double max, double step, TickFormat format)
    {
        var scale = NiceScale.Of(low, high);

        scale.Min.ShouldBe(min, 1e-12);
        scale.Max.ShouldBe(max, 1e-12);
        scale.Step.ShouldBe(step, 1e-15);
        scale.Format.ShouldBe(format);
        scale.TickAmount.ShouldBeInRange(1, 10);
    }

    [Fact]
    public void Of_EqualOrNonFiniteBounds_StillAscends()
    {
        NiceScale.Of(2, 2).Min.ShouldBeLessThan(2);
        NiceScale.Of(2, 2).Max.ShouldBeGreaterThan(2);
        NiceScale.Of(double.NaN, 1).ShouldBe(NiceScale.Of(0, 1));
    }

    [Theory]
    [InlineData(158, 200, 50)]
    [InlineData(3, 3, 1)]
    [InlineData(0, 1, 1)]
    [InlineData(9_870, 10_000, 2_000)]
    public void Counts_Largest_WholeStepsFromZero(double largest, double max, double step)
    {
        var scale = NiceScale.Counts(largest);

        (scale.Min, scale.Max, scale.Step).ShouldBe((0, max, step));
    }

    [Fact]
    public void Histogram_LinearCounts_RoundTicksAndAYTickAmountSoApexChartsKeepsEveryXTick()
    {
        var options = NetworkCharts.Histogram(false, 158, -3.56527e-17, 0.717743);

        options.Xaxis!.Min.ShouldBe(0);
        options.Xaxis.Max.ShouldBe(0.8);
        options.Xaxis.TickAmount.ShouldBe(8);
        options.Yaxis!.Max.ShouldBe(200);
        options.Yaxis.TickAmount.ShouldBe(4);
        NetworkCharts.Histogram(true, 158, -3.56527e-17, 0.717743).Yaxis!.Logarithmic.ShouldBe(true);
    }
}
