using Bunit;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Chapter4.Trajectory;
using HessianDashboard.Web.Components.Charts;

namespace HessianDashboard.Web.Tests.Components.Chapter4.Trajectory;

/// <summary>The live view on a scripted event log: lazily added loss curves, λ curves from metrics, one ladder per checkpoint.</summary>
public sealed class TrajectoryRunViewTests : ScriptedRunContext
{
    private static IReadOnlyList<string> SeriesNames(IRenderedComponent<TrajectoryRunView<TrajectoryRequest>> cut, string testId) =>
        cut.FindComponents<LiveCurvesChart>().Single(c => c.Instance.TestId == testId).FindComponent<ApexChart>().Instance.Series.Select(s => s.Name).ToList();

    [Fact]
    public void Render_MlpWithoutHeldOutLoss_LegendHasOnlyTheTrainingLoss()
    {
        var runner = Script(new TrajectoryRequest { Epochs = [0, 1], Iterations = 3 });
        runner.Metric("train loss", 0, 2.30);
        runner.Metric("train loss", 1, 1.70);
        runner.Step("step 0", 1);
        runner.Step("step 0", 2);
        runner.Metric("lambda max", 0, 4.5);
        runner.Metric("lambda min", 0, -0.25);

        var cut = Render<TrajectoryRunView<TrajectoryRequest>>(p => p.Add(v => v.RunId, Id).Add(v => v.Route, "experiments/trajectory").Add(v => v.Kind, "an MLP trajectory"));

        cut.WaitForAssertion(() =>
        {
            cut.Find("[data-testid=trajectory-live-loss]").GetAttribute("data-series").ShouldBe("train loss");
            cut.Find("[data-testid=trajectory-live-extremes]").GetAttribute("data-series").ShouldBe("λmax|λmin");
        }, TimeSpan.FromSeconds(5));
        SeriesNames(cut, "trajectory-live-loss").ShouldBe(["train loss"], "no empty legend entry for a test loss that never arrives");
        cut.Find("[data-testid=trajectory-live-outliers]").GetAttribute("data-series").ShouldBeEmpty();
        cut.FindAll("[data-testid=trajectory-live-batch]").ShouldBeEmpty("no batch losses: the chart stays away");
        cut.FindAll("[data-testid=trajectory-ladder]").Select(l => l.GetAttribute("data-step")).ShouldBe(["0", "1"]);
        cut.Find("[data-testid=trajectory-precision]").TextContent.ShouldContain("float64");
    }

    [Fact]
    public void Render_HeldOutLossArrivesLater_JoinsTheLegend()
    {
        var runner = Script(new TrajectoryRequest { Epochs = [0, 1], Iterations = 3 });
        runner.Metric("train loss", 0, 2.30);
        var cut = Render<TrajectoryRunView<TrajectoryRequest>>(p => p.Add(v => v.RunId, Id).Add(v => v.Route, "experiments/trajectory").Add(v => v.Kind, "an MLP trajectory"));
        cut.WaitForAssertion(() => cut.Find("[data-testid=trajectory-live-loss]").GetAttribute("data-series").ShouldBe("train loss"), TimeSpan.FromSeconds(5));

        runner.Metric("test loss", 0, 2.35);
        runner.Metric("train loss (batch)", 10, 2.1);

        cut.WaitForAssertion(() =>
        {
            cut.Find("[data-testid=trajectory-live-loss]").GetAttribute("data-series").ShouldBe("train loss|test loss");
            cut.Find("[data-testid=trajectory-live-batch]").GetAttribute("data-series").ShouldBe("train loss (last batch)");
        }, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Render_NanoGptRun_NamesTheHeldOutLossValidationAndShowsFloat32()
    {
        var runner = Script(NanoGptTrajectoryRequest.Quick());
        runner.Metric("train loss (batch)", 1, 4.1);
        runner.Metric("test loss", 2, 3.9);

        var cut = Render<TrajectoryRunView<NanoGptTrajectoryRequest>>(p => p.Add(v => v.RunId, Id).Add(v => v.Route, "experiments/nanogpt").Add(v => v.Kind, "a NanoGPT trajectory"));

        cut.WaitForAssertion(() => cut.Find("[data-testid=trajectory-live-loss]").GetAttribute("data-series").ShouldBe("train loss (last batch)|val loss"), TimeSpan.FromSeconds(5));
        cut.Find("[data-testid=trajectory-precision]").TextContent.ShouldContain("float32");
        cut.FindAll("[data-testid=trajectory-ladder]").Select(l => l.GetAttribute("data-step")).ShouldBe(["0", "2", "4"]);
    }

    [Fact]
    public void Render_RunOfTheOtherModel_SaysWhatItIs()
    {
        Script(NanoGptTrajectoryRequest.Quick());

        var cut = Render<TrajectoryRunView<TrajectoryRequest>>(p => p.Add(v => v.RunId, Id).Add(v => v.Route, "experiments/trajectory").Add(v => v.Kind, "an MLP trajectory"));

        cut.Find("[data-testid=trajectory-run-missing]").TextContent.ShouldContain("not an MLP trajectory run");
    }

    [Fact]
    public void Render_CancelledPartialResult_ShowsItAsPartial()
    {
        var full = TinyTrajectories.Mlp();
        var partial = full with { Points = [.. full.Points.Take(2)], Completed = false };
        var runner = Script(TinyTrajectories.MlpRequest);
        runner.Finish(RunState.Cancelled, partial);

        var cut = Render<TrajectoryRunView<TrajectoryRequest>>(p => p.Add(v => v.RunId, Id).Add(v => v.Route, "experiments/trajectory").Add(v => v.Kind, "an MLP trajectory"));

        cut.WaitForAssertion(() =>
        {
            cut.Find("[data-testid=trajectory-results]").GetAttribute("data-completed").ShouldBe("false");
            cut.Find("[data-testid=trajectory-completeness]").TextContent.ShouldContain("cancelled: partial, 2 of 3 checkpoints");
            cut.FindAll("[data-testid=trajectory-row]").Count.ShouldBe(2);
        }, TimeSpan.FromSeconds(5));
        cut.FindAll("[data-testid=trajectory-live]").ShouldBeEmpty("the results replace the live charts");
    }

    [Fact]
    public void Render_CancelledBeforeAnySpectrum_SaysSoAndDrawsNoCharts()
    {
        var empty = TinyTrajectories.Mlp() with { Points = [], Completed = false };
        var runner = Script(TinyTrajectories.MlpRequest);
        runner.Step("step 0", 1);
        runner.Finish(RunState.Cancelled, empty);

        var cut = Render<TrajectoryRunView<TrajectoryRequest>>(p => p.Add(v => v.RunId, Id).Add(v => v.Route, "experiments/trajectory").Add(v => v.Kind, "an MLP trajectory"));

        cut.WaitForAssertion(() => cut.Find("[data-testid=trajectory-no-points]"), TimeSpan.FromSeconds(5));
        cut.Find("[data-testid=trajectory-completeness]").TextContent.ShouldContain("cancelled: partial, 0 of 3 checkpoints");
        cut.FindComponents<RidgelineCard>().ShouldBeEmpty();
        cut.FindComponents<RitzHeatmapCard>().ShouldBeEmpty();
        cut.FindAll("[data-testid=trajectory-ladder]").Count.ShouldBe(3, "the ladders keep the steps that were done");
    }
}
