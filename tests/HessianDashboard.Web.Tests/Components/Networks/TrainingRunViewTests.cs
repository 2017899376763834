using Bunit;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Web.Components.Chapter4.Trajectory;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Networks;
using HessianDashboard.Web.Tests.Components.Chapter4.Trajectory;

namespace HessianDashboard.Web.Tests.Components.Networks;

/// <summary>The live training chart on a scripted event log: a loss curve joins the legend only with its first point.</summary>
public sealed class TrainingRunViewTests : ScriptedRunContext
{
    private IRenderedComponent<TrainingRunView> RenderView() => Render<TrainingRunView>(p => p.Add(v => v.RunId, Id));

    /// <summary>The legend as the chart gets it: the names of the series it was given.</summary>
    private static IReadOnlyList<string> Legend(IRenderedComponent<TrainingRunView> cut) =>
        [.. cut.FindComponent<LiveCurvesChart>().FindComponent<ApexChart>().Instance.Series.Select(s => s.Name)];

    [Fact]
    public void Render_MlpWithoutHeldOutSplit_LegendHasOnlyTheTrainingLoss()
    {
        var runner = Script(new TrainMlpRequest());
        runner.Metric("train loss", 1, 2.30);
        runner.Metric("train loss", 2, 2.10);
        runner.Metric("train loss", 3, 1.90);

        var cut = RenderView();

        cut.WaitForAssertion(() => cut.Find("[data-testid=train-loss-chart]").GetAttribute("data-point-count").ShouldBe("3"), TimeSpan.FromSeconds(5));
        cut.Find("[data-testid=train-loss-chart]").GetAttribute("data-series").ShouldBe("train loss");
        Legend(cut).ShouldBe(["train loss"], "no empty legend entry for a test loss that never arrives");
    }

    [Fact]
    public void Render_MlpWithHeldOutSplit_ShowsBothCurves()
    {
        var runner = Script(new TrainMlpRequest { Dataset = "fashion-mnist" });
        runner.Metric("train loss", 1, 2.30);
        runner.Metric("test loss", 1, 2.35);
        runner.Metric("train loss", 2, 2.10);

        var cut = RenderView();

        cut.WaitForAssertion(() => cut.Find("[data-testid=train-loss-chart]").GetAttribute("data-point-count").ShouldBe("3"), TimeSpan.FromSeconds(5));
        Legend(cut).ShouldBe(["train loss", "test loss"]);
        var test = cut.FindComponent<LiveCurvesChart>().FindComponent<ApexChart>().Instance.Series[1];
        test.Data.Select(p => (p.X, p.Y)).ShouldBe([(1.0, 2.35)]);
    }

    [Fact]
    public void Render_NanoGptValidationLossArrivesLater_JoinsTheLegendUnderItsName()
    {
        var runner = Script(new TrainNanoGptRequest());
        runner.Metric("train loss", 10, 4.0);
        var cut = RenderView();
        cut.WaitForAssertion(() => Legend(cut).ShouldBe(["train loss"]), TimeSpan.FromSeconds(5));

        runner.Metric("val loss", 10, 4.2);

        cut.WaitForAssertion(() => Legend(cut).ShouldBe(["train loss", "val loss"]), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Render_NoPointYet_ShowsAPlaceholderInsteadOfAnEmptyChart()
    {
        Script(new TrainMlpRequest());

        var cut = RenderView();

        cut.WaitForAssertion(() => cut.Find("[data-testid=live-curves-waiting]").TextContent.ShouldContain("first training step"), TimeSpan.FromSeconds(5));
        cut.FindComponents<ApexChart>().ShouldBeEmpty();
    }
}
