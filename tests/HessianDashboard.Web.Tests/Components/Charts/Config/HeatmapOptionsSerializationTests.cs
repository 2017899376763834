using System.Text.Json;
using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Tests.Components.Charts.Config;

/// <summary>plotOptions.heatmap as charts.js receives it (System.Text.Json web defaults, as Blazor's JS interop).</summary>
public sealed class HeatmapOptionsSerializationTests
{
    [Fact]
    public void Serialize_HeatmapWithRanges_UsesApexChartsNames()
    {
        var options = new ApexChartOptions
        {
            Chart = new ChartSettings { Type = ApexChartType.Heatmap },
            PlotOptions = new PlotOptions
            {
                Heatmap = new HeatmapOptions { Radius = 0, EnableShades = false, ColorScale = new HeatmapColorScale { Ranges = [new(0, 0, "#eee", "0"), new(1, 3, "#21918c", "1–3")] } },
            },
        };

        JsonSerializer.Serialize(options, new JsonSerializerOptions(JsonSerializerDefaults.Web)).ShouldBe(
            """{"chart":{"type":"heatmap"},"plotOptions":{"heatmap":{"radius":0,"enableShades":false,"colorScale":{"ranges":[{"from":0,"to":0,"color":"#eee","name":"0"},{"from":1,"to":3,"color":"#21918c","name":"1\u20133"}]}}}}""");
    }

    [Fact]
    public void Serialize_NoPlotOptions_AreOmitted() =>
        JsonSerializer.Serialize(new ApexChartOptions(), new JsonSerializerOptions(JsonSerializerDefaults.Web)).ShouldBe("{}");
}
