using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Lab;

namespace HessianDashboard.Web.Tests.Components.Lab;

public sealed class LabChartsTests
{
    [Theory]
    [InlineData(1e-17, 10, -17, 1, 6)]       // 18 decades: every 3rd
    [InlineData(1e-17, 1, -17, 1, 6)]        // 17 decades (prime) → raised to 18
    [InlineData(1e-17, 4.4e-16, -17, -15, 2)]
    [InlineData(2e-5, 3.2, -5, 1, 6)]
    [InlineData(1, 1000, 0, 3, 3)]
    [InlineData(5, 5, 0, 1, 1)]
    public void LogY_Range_WholeDecadesInAtMostSixEqualSteps(double low, double high, int bottom, int top, int ticks)
    {
        var axis = LabCharts.LogY("y", low, high);

        (axis.Min, axis.Max, axis.TickAmount).ShouldBe((Math.Pow(10, bottom), Math.Pow(10, top), ticks));
        ((top - bottom) % axis.TickAmount!.Value).ShouldBe(0);
        axis.Logarithmic.ShouldBe(true);
        axis.ForceNiceScale.ShouldBe(true);
        axis.Labels!.Format.ShouldBe(TickFormat.Power10);
    }

    [Theory]
    [InlineData(0, 1e-17)]
    [InlineData(-1, 1e-17)]
    [InlineData(3e-20, 1e-17)]
    [InlineData(2e-16, 2e-16)]
    public void OnLogAxis_Value_IsFlooredAtTheDisplayFloor(double value, double shown) =>
        LabCharts.OnLogAxis(value).ShouldBe(shown);

    [Theory]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(11, "11th")]
    [InlineData(21, "21st")]
    [InlineData(26, "26th")]
    public void Ordinal_N_IsEnglish(int n, string text) => LadderChart.Ordinal(n).ShouldBe(text);
}
