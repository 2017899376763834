using HessianDashboard.Web.Components.Chapter4.Blocks;
using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Tests.Components.Chapter4.Blocks;

/// <summary>The small multiples' x axis: the grid's range widened to round ticks.</summary>
public sealed class BlockChartsTests
{
    [Theory]
    [InlineData(-1.764, 9.723, -2.5, 10, 5, TickFormat.Fixed2)]
    [InlineData(0, 10, 0, 10, 5, TickFormat.Integer)]
    [InlineData(-0.05, 0.36, -0.1, 0.4, 5, TickFormat.Fixed2)]
    [InlineData(1e-5, 0.0099, 0, 0.01, 5, TickFormat.Scientific)]
    [InlineData(-120, 2300, -500, 2500, 6, TickFormat.Integer)]
    public void NiceAxis_Range_CoversItWithRoundTicks(double lower, double upper, double min, double max, int ticks, TickFormat format)
    {
        var axis = BlockCharts.NiceAxis(lower, upper, "λ");

        axis.Min!.Value.ShouldBe(min, 1e-12);
        axis.Max!.Value.ShouldBe(max, 1e-12);
        (axis.TickAmount, axis.Labels!.Format).ShouldBe((ticks, format));
        axis.Min.Value.ShouldBeLessThanOrEqualTo(lower);
        axis.Max.Value.ShouldBeGreaterThanOrEqualTo(upper);
    }

    [Theory]
    [InlineData(0.9, 1)]
    [InlineData(1.2, 2)]
    [InlineData(2.3, 2.5)]
    [InlineData(3, 5)]
    [InlineData(0.0021, 0.0025)]
    public void NiceStep_Raw_IsTheSmallestRoundStepAboveIt(double raw, double step) => BlockCharts.NiceStep(raw).ShouldBe(step, 1e-15);
}
