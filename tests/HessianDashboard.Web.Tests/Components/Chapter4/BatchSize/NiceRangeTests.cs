using HessianDashboard.Web.Components.Chapter4.BatchSize;

namespace HessianDashboard.Web.Tests.Components.Chapter4.BatchSize;

public sealed class NiceRangeTests
{
    [Theory]
    [InlineData(-0.2303, 0.613, -0.25, 0.75, 0.25)]
    [InlineData(0, 1, 0, 1, 0.25)]
    [InlineData(-3e-4, 2e-3, -1e-3, 2e-3, 1e-3)]
    public void Around_Values_CoversThemWithRoundSteps(double low, double high, double min, double max, double step)
    {
        var range = NiceRange.Around([low, (low + high) / 2, high]);

        range.Min.ShouldBe(min, 1e-12);
        range.Max.ShouldBe(max, 1e-12);
        range.Step.ShouldBe(step, 1e-15);
        range.Ticks.ShouldBe((int)Math.Round((max - min) / step));
        range.Min.ShouldBeLessThanOrEqualTo(low);
        range.Max.ShouldBeGreaterThanOrEqualTo(high);
    }

    [Fact]
    public void Around_OneValue_IsARangeAroundIt()
    {
        var range = NiceRange.Around([2.0]);

        range.Min.ShouldBeLessThan(2);
        range.Max.ShouldBeGreaterThan(2);
        range.Ticks.ShouldBeGreaterThanOrEqualTo(1);
    }
}
