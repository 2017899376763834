using System.Text.Json;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Tests.Components.Charts.Config;

/// <summary>The JSON charts.js receives: Blazor's JS interop uses System.Text.Json's web defaults (camelCase).</summary>
public sealed class ApexChartOptionsSerializationTests
{
    private static readonly JsonSerializerOptions Interop = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Serialize_UnsetOptions_AreOmitted()
    {
        var options = new ApexChartOptions { Chart = new ChartSettings { Type = ApexChartType.Line } };

        JsonSerializer.Serialize(options, Interop).ShouldBe("""{"chart":{"type":"line"}}""");
    }

    [Fact]
    public void Serialize_FullOptions_UseApexChartsNames()
    {
        var options = new ApexChartOptions
        {
            Chart = new ChartSettings { Type = ApexChartType.RangeArea, Animations = ChartToggle.Off, Renderer = ChartRenderer.Auto, RendererThreshold = 2000 },
            Xaxis = new AxisOptions { Min = 0, Labels = new AxisLabels { Format = TickFormat.Log10Pow } },
            Yaxis = new AxisOptions { Logarithmic = true, Title = new AxisTitle("λ") },
            Stroke = new StrokeOptions { Width = [0, 2] },
            Theme = new ThemeOptions { Mode = ChartThemeMode.Dark },
        };

        string json = JsonSerializer.Serialize(options, Interop);

        json.ShouldBe(
            """{"chart":{"type":"rangeArea","animations":{"enabled":false},"renderer":"auto","rendererThreshold":2000},"xaxis":{"min":0,"labels":{"format":"log10Pow"}},"yaxis":{"title":{"text":"\u03BB"},"logarithmic":true},"stroke":{"width":[0,2]},"theme":{"mode":"dark"}}""");
    }

    [Fact]
    public void Serialize_MarkerSize_IsOneNumberOrOnePerSeries()
    {
        JsonSerializer.Serialize(new MarkerOptions { Size = 4, StrokeWidth = 0 }, Interop).ShouldBe("""{"size":4,"strokeWidth":0}""");
        JsonSerializer.Serialize(new MarkerOptions { Size = 4, SizePerSeries = [0, 4] }, Interop).ShouldBe("""{"size":[0,4]}""");
        JsonSerializer.Serialize(new MarkerOptions(), Interop).ShouldBe("{}");
    }

    [Fact]
    public void Serialize_Series_PointsArePairsAndRangesAreObjects()
    {
        ChartSeries[] series =
        [
            new("mean", [new ChartPoint(1, 2.5), new ChartPoint(2, double.NaN)]),
            new("band", [ChartPoint.Range(1, 2, 3)]) { Type = ApexChartType.RangeArea },
        ];

        JsonSerializer.Serialize(series, Interop).ShouldBe(
            """[{"name":"mean","data":[[1,2.5],[2,null]]},{"name":"band","data":[{"x":1,"y":[2,3]}],"type":"rangeArea"}]""");
    }

    [Fact]
    public void Deserialize_BothPointShapes_RoundTrip()
    {
        ChartPoint[] points = [new ChartPoint(1, 2), ChartPoint.Range(3, 4, 5)];

        var back = JsonSerializer.Deserialize<ChartPoint[]>(JsonSerializer.Serialize(points, Interop), Interop);

        back.ShouldBe(points);
    }
}
