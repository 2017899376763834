using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Tests.Components.Charts;

public sealed class LogAxisTests
{
    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(10.0, 1.0)]
    [InlineData(1000.0, 3.0)]
    [InlineData(1e-5, -5.0)]
    public void ToLog_PowersOfTen_GiveTheirExponent(double x, double expected) =>
        LogAxis.ToLog(x).ShouldBe(expected, 1e-15);

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ToLog_NotFinitePositive_Throws(double x) =>
        Should.Throw<ArgumentOutOfRangeException>(() => LogAxis.ToLog(x));

    [Theory]
    [InlineData(3.0)]
    [InlineData(0.02)]
    [InlineData(123456.789)]
    public void FromLog_InvertsToLog(double x) =>
        LogAxis.FromLog(LogAxis.ToLog(x)).ShouldBe(x, x * 1e-14);

    [Fact]
    public void Transform_Series_ReplacesXByLog10AndKeepsYAndRanges()
    {
        var series = new ChartSeries("runtime", [new ChartPoint(10, 0.5), ChartPoint.Range(100, 1, 2)]) { Type = ApexChartType.Line };

        var transformed = LogAxis.Transform(series);

        transformed.Name.ShouldBe("runtime");
        transformed.Type.ShouldBe(ApexChartType.Line);
        transformed.Data[0].ShouldBe(new ChartPoint(1, 0.5));
        transformed.Data[1].ShouldBe(ChartPoint.Range(2, 1, 2));
    }

    [Fact]
    public void Transform_NonPositiveX_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => LogAxis.Transform([new ChartPoint(0, 1)]));

    [Fact]
    public void Axis_SpansWholeDecadesWithOneTickEach()
    {
        var axis = LogAxis.Axis(3, 2000, "n");

        axis.Min.ShouldBe(0);
        axis.Max.ShouldBe(4);
        axis.TickAmount.ShouldBe(4);
        axis.Type.ShouldBe("numeric");
        axis.Labels!.Format.ShouldBe(TickFormat.Log10Pow);
        axis.Title!.Text.ShouldBe("n");
    }

    [Fact]
    public void Axis_ExactPowersOfTen_AreTheirOwnBounds()
    {
        var axis = LogAxis.Axis(10, 1000);

        axis.Min.ShouldBe(1);
        axis.Max.ShouldBe(3);
        axis.Title.ShouldBeNull();
    }

    [Fact]
    public void Axis_SinglePoint_SpansOneDecade()
    {
        var axis = LogAxis.Axis(100, 100);

        axis.Min.ShouldBe(2);
        axis.Max.ShouldBe(3);
        axis.TickAmount.ShouldBe(1);
    }

    [Fact]
    public void Axis_MaxBelowMin_Throws() =>
        Should.Throw<ArgumentException>(() => LogAxis.Axis(100, 10));
}
