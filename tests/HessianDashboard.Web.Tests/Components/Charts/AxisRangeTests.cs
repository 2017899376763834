using HessianDashboard.Web.Components.Charts;

namespace HessianDashboard.Web.Tests.Components.Charts;

public sealed class AxisRangeTests
{
    [Theory]
    [InlineData(1.0, 2.0)]
    [InlineData(-3.5, 1e-300)]
    public void Of_FiniteIncreasingEnds_IsTheRange(double min, double max) =>
        AxisRange.Of(min, max).ShouldBe(new AxisRange(min, max));

    [Theory]
    [InlineData(null, 1.0)]
    [InlineData(1.0, null)]
    [InlineData(2.0, 1.0)]
    [InlineData(1.0, 1.0)]
    [InlineData(double.NaN, 1.0)]
    [InlineData(0.0, double.PositiveInfinity)]
    public void Of_UnusableEnds_IsNull(double? min, double? max) => AxisRange.Of(min, max).ShouldBeNull();

    [Theory]
    [InlineData(9.928776443074307, 23.989227879947556, 9.929, 23.989)] // width 14: steps of 0.001
    [InlineData(0.25123456789, 1.50987654321, 0.2512, 1.5099)]
    [InlineData(-123456.789, 987654.321, -123500.0, 987700.0)] // width 1.1e6: steps of 100
    [InlineData(1e-12, 3.0000000000001e-12, 1e-12, 3e-12)]
    public void Rounded_KeepsFiveDigitsOfTheWidth(double min, double max, double roundedMin, double roundedMax)
    {
        var rounded = new AxisRange(min, max).Rounded();

        rounded.Min.ShouldBe(roundedMin, 1e-9 * (max - min));
        rounded.Max.ShouldBe(roundedMax, 1e-9 * (max - min));
        rounded.Min.ToString("R", System.Globalization.CultureInfo.InvariantCulture).Length.ShouldBeLessThanOrEqualTo(12);
    }

    [Fact]
    public void Rounded_TooNarrowToRound_IsUnchanged()
    {
        var narrow = new AxisRange(1, 1 + 1e-15);

        narrow.Rounded().ShouldBe(narrow);
    }
}
