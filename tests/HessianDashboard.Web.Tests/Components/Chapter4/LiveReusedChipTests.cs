using Bunit;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Web.Components.Chapter4.ExactVsLanczos;
using HessianDashboard.Web.Components.Chapter4.Trajectory;
using HessianDashboard.Web.Tests.Components.Chapter4.Trajectory;

namespace HessianDashboard.Web.Tests.Components.Chapter4;

/// <summary>
/// The live header's "reused" chips (LiveRunHeader, fed by LiveRunView): they appear while the run is still going, as
/// soon as the Progress event announcing a reuse is read, one per announcement, and never without one.
/// </summary>
public sealed class LiveReusedChipTests : ScriptedRunContext
{
    private const string Key = "abc123def4567890";

    private IRenderedComponent<TrajectoryRunView<TrajectoryRequest>> RenderTrajectory() =>
        Render<TrajectoryRunView<TrajectoryRequest>>(p => p.Add(v => v.RunId, Id).Add(v => v.Route, "experiments/trajectory").Add(v => v.Kind, "an MLP trajectory"));

    [Fact]
    public void Render_RunningTrajectoryWithoutAReuseEvent_ShowsNoChip()
    {
        var runner = Script(new TrajectoryRequest { Epochs = [0, 1], Iterations = 3 });
        runner.Progress("training", 100);
        runner.Step("step 0", 1);
        runner.Progress("spectrum at epoch 0", 500);

        var cut = RenderTrajectory();

        cut.WaitForAssertion(() => cut.Markup.ShouldContain("spectrum at epoch 0"), TimeSpan.FromSeconds(5)); // the events were read
        cut.FindAll("[data-testid=live-reused]").ShouldBeEmpty();
        cut.FindAll("[data-testid=live-reuses]").ShouldBeEmpty();
    }

    [Fact]
    public void Render_ReuseEventArrivesWhileRunning_ShowsTheTrainingChipAtOnceWithItsKey()
    {
        var runner = Script(new TrajectoryRequest { Epochs = [0, 1], Iterations = 3 });
        runner.Progress("training");
        var cut = RenderTrajectory();
        cut.WaitForAssertion(() => cut.Find("[data-testid=trajectory-run-view]"), TimeSpan.FromSeconds(5));
        cut.FindAll("[data-testid=live-reused]").ShouldBeEmpty();

        runner.Progress(ReuseNotice.TrainingStage(Key, new DateTimeOffset(2026, 11, 27, 2, 10, 0, TimeSpan.Zero)));
        runner.Progress("step 0", 10); // a later stage replaces the announcement on the bar; the chip stays

        cut.WaitForAssertion(() =>
        {
            var chip = cut.Find("[data-testid=live-reused]");
            chip.GetAttribute("data-reused").ShouldBe(ReuseNotice.Training);
            chip.GetAttribute("data-reused-key").ShouldBe(Key);
            chip.TextContent.ShouldContain($"training reused (key {Key})");
        }, TimeSpan.FromSeconds(5));
        runner.Get(Id)!.State.ShouldBe(RunState.Running, "shown during the run, before any result");
        cut.FindAll("[data-testid=trajectory-reused]").ShouldBeEmpty("the result's own chip waits for the result");
    }

    [Fact]
    public void Render_ExactVsLanczosAnnouncingTrainingAndExactReuse_ShowsOneChipPerAnnouncementWithItsScope()
    {
        var runner = Script(TinyExactVsLanczos.Request);
        runner.Progress($"mnist: {ReuseNotice.TrainingStage(Key, null)}", 333);
        runner.Step("mnist/initialisation", 1);
        runner.Progress($"mnist/initialisation: {ReuseNotice.ExactStage(new string('e', 40))}", 666);
        runner.Progress($"mnist: {ReuseNotice.TrainingStage(Key, null)}", 666); // the same announcement again: no second chip

        var cut = Render<ExactVsLanczosView>(p => p.Add(x => x.RunId, Id));

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=live-reused]").Count.ShouldBe(2), TimeSpan.FromSeconds(5));
        var chips = cut.FindAll("[data-testid=live-reused]");
        chips.Select(c => (c.GetAttribute("data-reused"), c.GetAttribute("data-reused-scope"))).ShouldBe(
            [(ReuseNotice.Training, "mnist"), (ReuseNotice.Exact, "mnist/initialisation")]);
        chips[1].TextContent.ShouldContain($"exact spectrum reused (mnist/initialisation, key {new string('e', 16)})");
    }
}
