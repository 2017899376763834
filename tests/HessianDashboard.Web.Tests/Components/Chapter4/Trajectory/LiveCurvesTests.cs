using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Chapter4.Trajectory;

namespace HessianDashboard.Web.Tests.Components.Chapter4.Trajectory;

public sealed class LiveCurvesTests
{
    private static LiveCurves Losses() => new(
    [
        new LiveCurve("train loss", ["train loss"], "#1e88e5"),
        new LiveCurve("val loss", ["test loss", "val loss"], "#e53935"),
    ]);

    [Fact]
    public void Add_OnlyTrainingLoss_ShowsNoHeldOutSeries()
    {
        var curves = Losses();

        curves.Add([new RunMetric("train loss", 0, 2.3), new RunMetric("train loss", 1, 1.9), new RunMetric("lambda max", 0, 5)]).ShouldBeTrue();

        curves.Shown.Select(c => c.Label).ShouldBe(["train loss"]);
        curves.Series.Select(s => s.Name).ShouldBe(["train loss"]);
        curves.Series[0].Data.Select(p => p.Y).ShouldBe([2.3, 1.9]);
    }

    [Fact]
    public void Add_HeldOutArrivesLater_JoinsInCurveOrderWithANewSeriesList()
    {
        var curves = Losses();
        curves.Add([new RunMetric("train loss", 0, 2.3)]);
        var before = curves.Series;

        curves.Add([new RunMetric("test loss", 0, 2.4)]).ShouldBeTrue();

        curves.Series.ShouldNotBeSameAs(before);
        curves.Series.Select(s => s.Name).ShouldBe(["train loss", "val loss"]);
        curves.Series.Select(s => s.Color).ShouldBe(["#1e88e5", "#e53935"]);
        curves.PointCount.ShouldBe(2);
    }

    [Fact]
    public void Add_OtherNamesOrNonFiniteValues_ChangesNothing()
    {
        var curves = Losses();

        curves.Add([new RunMetric("outliers", 0, 3), new RunMetric("train loss", 1, double.NaN), new RunMetric("val loss", double.PositiveInfinity, 1)]).ShouldBeFalse();

        curves.IsEmpty.ShouldBeTrue();
        curves.Series.ShouldBeEmpty();
    }
}
