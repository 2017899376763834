using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Compare;

namespace HessianDashboard.Web.Tests.Components.Compare;

/// <summary>The text of the y min / y max fields: a range only when both ends are finite with min &lt; max (positive on a log axis).</summary>
public sealed class YRangeInputTests
{
    [Theory]
    [InlineData("-1.5", "2e3", false, -1.5, 2000)]
    [InlineData(" 0.001 ", "1E+2", true, 0.001, 100)]
    [InlineData("-0", "0.5", false, 0, 0.5)]
    public void Parse_TwoOrderedNumbers_IsTheRange(string min, string max, bool logY, double lo, double hi)
    {
        var (range, error) = YRangeInput.Parse(min, max, logY);

        error.ShouldBeNull();
        range.ShouldBe(new AxisRange(lo, hi));
    }

    [Theory]
    [InlineData(null, "1", false, "Give both y min and y max")]
    [InlineData("1", " ", false, "Give both y min and y max")]
    [InlineData("1,5", "2", false, "y min: '1,5' is not a number")]
    [InlineData("0", "ten", false, "y max: 'ten' is not a number")]
    [InlineData("-Infinity", "1", false, "y min must be a finite number")]
    [InlineData("NaN", "1", false, "y min must be a finite number")]
    [InlineData("1", "1", false, "y min (1) must be less than y max (1).")]
    [InlineData("5", "-5", false, "y min (5) must be less than y max (-5).")]
    [InlineData("0", "1", true, "positive bounds only")]
    [InlineData("-1", "1", true, "positive bounds only")]
    public void Parse_Unusable_IsNoRangeAndSaysWhy(string? min, string? max, bool logY, string message)
    {
        var (range, error) = YRangeInput.Parse(min, max, logY);

        range.ShouldBeNull();
        error.ShouldNotBeNull().ShouldContain(message);
    }

    [Fact]
    public void Format_RoundTripsThroughParse()
    {
        double lo = 0.1 + 0.2, hi = 1e-300 * 1e305;

        YRangeInput.Parse(YRangeInput.Format(lo), YRangeInput.Format(hi), logY: true).Range.ShouldBe(new AxisRange(lo, hi));
    }
}
