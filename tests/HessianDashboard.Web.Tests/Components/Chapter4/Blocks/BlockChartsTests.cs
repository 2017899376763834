using HessianDashboard.Web.Components.Chapter4.Blocks;

namespace HessianDashboard.Web.Tests.Components.Chapter4.Blocks;

/// <summary>A small multiple's axes: the grid's range and the shared peak on round ticks; the log view reaches the floor.</summary>
public sealed class BlockChartsTests
{
    [Theory]
    [InlineData(-1.764, 9.723, 3.83)]
    [InlineData(-0.05, 0.36, 120)]
    [InlineData(1e-5, 0.0099, 0.4)]
    public void SmallMultiple_RangeAndPeak_AreCoveredByBothAxes(double lower, double upper, double top)
    {
        var linear = BlockCharts.SmallMultiple("#000", lower, upper, top, logDensity: false);
        var log = BlockCharts.SmallMultiple("#000", lower, upper, top, logDensity: true);

        linear.Xaxis!.Min!.Value.ShouldBeLessThanOrEqualTo(lower);
        linear.Xaxis.Max!.Value.ShouldBeGreaterThanOrEqualTo(upper);
        log.Xaxis.ShouldBe(linear.Xaxis, "the log switch changes y only");
        (linear.Yaxis!.Min, linear.Yaxis.Logarithmic).ShouldBe((0, null));
        linear.Yaxis.Max!.Value.ShouldBeGreaterThanOrEqualTo(top);
        log.Yaxis!.Logarithmic.ShouldBe(true);
        log.Yaxis.Min!.Value.ShouldBeLessThanOrEqualTo(top * BlockCharts.LogDepth);
        log.Yaxis.Max!.Value.ShouldBeGreaterThanOrEqualTo(top);
    }

    [Theory]
    [InlineData("embedding", "#26a69a")]
    [InlineData("h3.attn", "#42a5f5")]
    [InlineData("h0.mlp", "#ffa726")]
    [InlineData("ln_f", "#ab47bc")]
    [InlineData("layer norms", "#ab47bc")]
    public void ColorOf_Block_IsItsKindsColour(string block, string color) => BlockCharts.ColorOf(block).ShouldBe(color);
}
