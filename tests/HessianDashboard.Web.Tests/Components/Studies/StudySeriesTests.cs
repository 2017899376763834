using HessianDashboard.Experiments.Common;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Studies;

namespace HessianDashboard.Web.Tests.Components.Studies;

public sealed class StudySeriesTests
{
    private static readonly StudySeries.Group Full = new("Full", "#42a5f5",
    [
        (10, new SampleStatistics(2e-4, 1e-4, 1e-4, 4e-4, 3)),
        (100, new SampleStatistics(3e-3, 5e-3, 1e-3, 9e-3, 3)), // mean − sd < 0
    ]);

    [Fact]
    public void BandsAndLines_Group_BandFirstOnLog10XThenTheMeanLine()
    {
        var series = StudySeries.BandsAndLines([Full], s => s.Min);

        series.Select(s => (s.Name, s.Type)).ShouldBe([("Full ± sd", ApexChartType.RangeArea), ("Full", ApexChartType.Line)]);
        // (log10 n, log10 [mean − sd, mean + sd]); at n = 100 mean − sd < 0, so the band starts at the fastest repeat.
        series[0].Data.Select(p => (p.X, p.Y, p.High!.Value)).ShouldBe(
            [(1.0, Math.Log10(2e-4 - 1e-4), Math.Log10(2e-4 + 1e-4)), (2.0, Math.Log10(1e-3), Math.Log10(3e-3 + 5e-3))]);
        series[1].Data.ShouldBe([new ChartPoint(1, Math.Log10(2e-4)), new ChartPoint(2, Math.Log10(3e-3))]);
    }

    [Fact]
    public void Options_SeveralLines_EarlierLinesAreWiderSoCoincidingCurvesShow()
    {
        var series = StudySeries.BandsAndLines([Full, Full with { Name = "None" }, Full with { Name = "Double" }], s => s.Min);

        StudySeries.Options(series, "n", (10, 100), "seconds").Stroke!.Width.ShouldBe([0.0, 0, 0, 4, 2.75, 1.5]);
    }

    [Fact]
    public void Options_Series_LogAxesAndTranslucentBands()
    {
        var series = StudySeries.BandsAndLines([Full], s => s.Min);

        var options = StudySeries.Options(series, "n", (10, 100), "seconds");

        (options.Xaxis!.Min, options.Xaxis.Max).ShouldBe((1.0, 2.0));
        options.Xaxis.Labels!.Format.ShouldBe(TickFormat.Log10Pow);
        // y: log10 seconds on a linear axis (ApexCharts fills bands to the axis on a logarithmic one), whole decades.
        (options.Yaxis!.Logarithmic, options.Yaxis.Min, options.Yaxis.Max, options.Yaxis.Type).ShouldBe((null, -4.0, -2.0, null));
        options.Yaxis.Labels!.Format.ShouldBe(TickFormat.Log10Pow);
        options.Fill!.Opacity.ShouldBe([0.18, 1.0]);
        options.Stroke!.Width.ShouldBe([0.0, 1.5]);
        options.Markers!.SizePerSeries.ShouldBe([0.0, 3.5]);
    }
}
