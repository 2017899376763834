using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Tests.Components.Charts;

public sealed class ChartRenderPolicyTests
{
    private static ChartSeries Points(int count) =>
        new("s", Enumerable.Range(0, count).Select(i => new ChartPoint(i, i)).ToArray());

    [Fact]
    public void Prepare_SmallSeries_KeepsCallerOptionsAndFillsDefaults()
    {
        var options = new ApexChartOptions
        {
            Chart = new ChartSettings { Type = ApexChartType.Scatter, Animations = ChartToggle.On },
            Markers = new MarkerOptions { Size = 4 },
        };

        var prepared = ChartRenderPolicy.Prepare(options, [Points(10)], ChartThemeMode.Dark);

        prepared.Chart!.Type.ShouldBe(ApexChartType.Scatter);
        prepared.Chart.Animations.ShouldBe(ChartToggle.On);
        prepared.Chart.Background.ShouldBe("transparent");
        prepared.Chart.Renderer.ShouldBe(ChartRenderer.Auto);
        prepared.Markers!.Size.ShouldBe(4);
        prepared.Xaxis!.Type.ShouldBe("numeric");
        prepared.Theme!.Mode.ShouldBe(ChartThemeMode.Dark);
        prepared.Series!.Single().Data.Count.ShouldBe(10);
    }

    [Fact]
    public void Prepare_DenseSeries_TurnsOffAnimationsAndLabelsButKeepsMarkers()
    {
        var options = new ApexChartOptions
        {
            Chart = new ChartSettings { Type = ApexChartType.Scatter, Animations = ChartToggle.On },
            Markers = new MarkerOptions { Size = 2 },
        };

        var prepared = ChartRenderPolicy.Prepare(options, [Points(1500), Points(501)], ChartThemeMode.Light);

        ChartRenderPolicy.PointCount(prepared.Series!).ShouldBe(2001);
        prepared.Chart!.Animations.ShouldBe(ChartToggle.Off);
        prepared.DataLabels.ShouldBe(ChartToggle.Off);
        prepared.Markers!.Size.ShouldBe(2); // a dense scatter stays visible: its markers go to the canvas
        prepared.Chart.RendererThreshold.ShouldBe(ChartRenderPolicy.DenseThreshold);
    }

    [Fact]
    public void IsDense_AtTheThreshold_IsFalse() =>
        ChartRenderPolicy.IsDense([Points(ChartRenderPolicy.DenseThreshold)]).ShouldBeFalse();
}
