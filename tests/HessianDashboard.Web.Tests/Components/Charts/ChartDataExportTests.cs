using System.Globalization;
using System.Text.Json;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Tests.Components.Charts;

public sealed class ChartDataExportTests
{
    [Fact]
    public void ToCsv_Points_WritesHeaderAndOneRowPerPoint()
    {
        ChartSeries[] series =
        [
            new("none", [new ChartPoint(1, 0.25), new ChartPoint(2, -1e-7)]),
            new("full", [new ChartPoint(1, 3)]),
        ];

        string csv = ChartDataExport.ToCsv(series);

        csv.ShouldBe("series,x,y\r\nnone,1,0.25\r\nnone,2,-1E-07\r\nfull,1,3\r\n");
    }

    [Fact]
    public void ToCsv_CommaDecimalCulture_StillWritesInvariantNumbers()
    {
        var commaCulture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        commaCulture.NumberFormat.NumberDecimalSeparator = ",";
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = commaCulture;
            ChartDataExport.ToCsv([new ChartSeries("s", [new ChartPoint(0.5, 1.5)])])
                .ShouldBe("series,x,y\r\ns,0.5,1.5\r\n");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ToCsv_Ranges_AddLowAndHighColumns()
    {
        ChartSeries[] series =
        [
            new("mean", [new ChartPoint(10, 2)]),
            new("mean ± sd", [ChartPoint.Range(10, 1.5, 2.5)]) { Type = ApexChartType.RangeArea },
        ];

        ChartDataExport.ToCsv(series).ShouldBe("series,x,y,low,high\r\nmean,10,2,,\r\nmean ± sd,10,,1.5,2.5\r\n");
    }

    [Fact]
    public void ToCsv_NamesWithCommasAndQuotes_AreQuoted()
    {
        var csv = ChartDataExport.ToCsv([new ChartSeries("n=100, \"full\"", [new ChartPoint(1, 1)])]);

        csv.ShouldBe("series,x,y\r\n\"n=100, \"\"full\"\"\",1,1\r\n");
    }

    [Fact]
    public void ToCsv_NonFiniteValues_AreEmptyCells() =>
        ChartDataExport.ToCsv([new ChartSeries("s", [new ChartPoint(1, double.NaN)])]).ShouldBe("series,x,y\r\ns,1,\r\n");

    [Fact]
    public void ToJson_PointsAndRanges_HaveNamedFields()
    {
        ChartSeries[] series =
        [
            new("mean", [new ChartPoint(10, 2)]),
            new("band", [ChartPoint.Range(10, 1.5, 2.5)]) { Type = ApexChartType.RangeArea },
        ];

        using var json = JsonDocument.Parse(ChartDataExport.ToJson(series));

        var all = json.RootElement.GetProperty("series");
        all.GetArrayLength().ShouldBe(2);
        var point = all[0].GetProperty("points")[0];
        point.GetProperty("x").GetDouble().ShouldBe(10);
        point.GetProperty("y").GetDouble().ShouldBe(2);
        point.TryGetProperty("low", out _).ShouldBeFalse();
        all[0].TryGetProperty("type", out _).ShouldBeFalse();
        all[1].GetProperty("name").GetString().ShouldBe("band");
        all[1].GetProperty("type").GetString().ShouldBe("rangeArea");
        var range = all[1].GetProperty("points")[0];
        range.GetProperty("low").GetDouble().ShouldBe(1.5);
        range.GetProperty("high").GetDouble().ShouldBe(2.5);
        range.TryGetProperty("y", out _).ShouldBeFalse();
    }
}
