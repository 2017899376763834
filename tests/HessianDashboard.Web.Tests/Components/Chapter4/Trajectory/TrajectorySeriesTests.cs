using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Chapter4.Trajectory;
using HessianDashboard.Web.Components.Charts;

namespace HessianDashboard.Web.Tests.Components.Chapter4.Trajectory;

public sealed class TrajectorySeriesTests
{
    private static readonly RidgelineView View = new([0, 1, 2, 3], 0.1, [0, 5], [[0, 2, 4, 1], [1, 1, 1, 0]]);

    [Fact]
    public void Ridgeline_TwoRows_FirstOnTopEachScaledToItsPeak()
    {
        var (series, top) = TrajectorySeries.Ridgeline(View, RidgelineScale.Linear, s => $"epoch {s}", ["#a", "#b"]);

        series.Select(s => s.Name).ShouldBe(["epoch 0", "epoch 5"]);
        series[0].Data.Select(p => p.Y).ShouldAllBe(y => y == 1, "row 0 of 2 sits on baseline 1");
        series[0].Data.Select(p => p.High!.Value).ShouldBe([1, 1 + 0.5 * TrajectorySeries.PeakHeight, 1 + TrajectorySeries.PeakHeight, 1 + 0.25 * TrajectorySeries.PeakHeight]);
        series[1].Data.Select(p => p.High!.Value).ShouldBe([TrajectorySeries.PeakHeight, TrajectorySeries.PeakHeight, TrajectorySeries.PeakHeight, 0]);
        series[1].Data.Select(p => p.X).ShouldBe([0, 1, 2, 3]);
        top.ShouldBeGreaterThan(1 + TrajectorySeries.PeakHeight);
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(0.1, 1 - 1.0 / TrajectorySeries.LogDecades)]
    [InlineData(1e-5, 0.0)]
    [InlineData(1e-12, 0.0)]
    [InlineData(0.0, 0.0)]
    public void Height_Log_MapsTheDecadesBelowThePeakOntoTheRow(double relative, double expected) =>
        TrajectorySeries.Height(relative, RidgelineScale.Log).ShouldBe(expected, 1e-12);

    [Fact]
    public void Ridgeline_Log_RowsStayBelowTheNextBaseline()
    {
        var (series, _) = TrajectorySeries.Ridgeline(View, RidgelineScale.Log, s => $"{s}", ["#a", "#b"]);

        series[1].Data.Max(p => p.High!.Value).ShouldBe(TrajectorySeries.LogPeakHeight);
        TrajectorySeries.LogPeakHeight.ShouldBeLessThan(1);
    }

    [Fact]
    public void Ridgeline_LongGrid_IsThinnedToTheRowBudgetKeepingTheEnds()
    {
        double[] grid = [.. Enumerable.Range(0, 1001).Select(i => i / 1000.0)];
        var view = new RidgelineView(grid, 0.01, [0], [[.. grid.Select(t => Math.Exp(-t))]]);

        var (series, _) = TrajectorySeries.Ridgeline(view, RidgelineScale.Linear, s => $"{s}", ["#a"]);

        series[0].Data.Count.ShouldBeLessThanOrEqualTo(TrajectorySeries.MaxRowPoints + 1);
        (series[0].Data[0].X, series[0].Data[^1].X).ShouldBe((0.0, 1.0));
    }

    [Fact]
    public void Heatmap_Counts_NewestRowFirstAtTheBinCentres()
    {
        var map = new RitzHeatmap([0, 1, 2], [0, 5], [[0.9, 0.1], [0.5, 0.5]], [[3, 1], [2, 2]]);

        var counts = TrajectorySeries.Heatmap(map, HeatmapMeasure.Count, s => $"it {s}");
        var mass = TrajectorySeries.Heatmap(map, HeatmapMeasure.Mass, s => $"it {s}");

        counts.Select(s => s.Name).ShouldBe(["it 5", "it 0"]);
        counts[1].Data.Select(p => (p.X, p.Y)).ShouldBe([(0.5, 3.0), (1.5, 1.0)]);
        mass[1].Data.Select(p => p.Y).ShouldBe([0.9, 0.1]);
    }

    [Theory]
    [InlineData(HeatmapMeasure.Count, ChartThemeMode.Light, new[] { 0.0, 1, 2, 3, 5, 9, 16, 100, 10_000 })]
    [InlineData(HeatmapMeasure.Mass, ChartThemeMode.Dark, new[] { 0.0, 1e-9, 1e-5, 1e-3, 0.05, 0.5, 1 })]
    public void HeatmapRanges_EveryValueFallsInARangeAscendingWithOwnColours(HeatmapMeasure measure, ChartThemeMode theme, double[] values)
    {
        var ranges = TrajectorySeries.HeatmapRanges(measure, theme);

        (ranges[0].From, ranges[0].To).ShouldBe((0.0, 0.0), "empty cells get a range of their own");
        foreach (double v in values) ranges.ShouldContain(r => r.From <= v && v <= r.To, $"value {v}");
        ranges.Select(r => r.From).ShouldBeInOrder();
        ranges.Select(r => r.Color).Distinct().Count().ShouldBe(ranges.Count);
    }

    [Fact]
    public void CheckpointColors_Six_DistinctHexColours()
    {
        var colors = TrajectorySeries.CheckpointColors(6);

        colors.Count.ShouldBe(6);
        colors.Distinct().Count().ShouldBe(6);
        colors.ShouldAllBe(c => System.Text.RegularExpressions.Regex.IsMatch(c, "^#[0-9a-f]{6}$"));
    }
}
