using Bunit;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Torch.Tests.Data.TestSupport;
using HessianDashboard.Web.Components.Chapter4.ExactVsLanczos;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Chapter4;

/// <summary>The live view on the real runner: a finished run replays every step into its ladders and shows its result.</summary>
public sealed class ExactVsLanczosViewTests : DashboardTestContext
{
    [Fact]
    public async Task Render_FinishedRun_ReplaysEveryStepAndEpochThenShowsTheResult()
    {
        _ = SharedData.DataDirectory;
        await StartRunnerAsync();
        string id = Runner.Submit(TinyExactVsLanczos.Request).Id;
        var info = await WaitForRunAsync(id);
        info.State.ShouldBe(RunState.Succeeded, info.Error);
        var mnist = info.Result.ShouldBeOfType<ExactVsLanczosResult>().Datasets.ShouldHaveSingleItem();

        var cut = Render<ExactVsLanczosView>(p => p.Add(x => x.RunId, id));

        cut.WaitForAssertion(() =>
        {
            foreach (string stage in new[] { "initialisation", "trained" })
                cut.Find($"[data-testid='ladder-mnist/{stage}']").GetAttribute("data-point-count").ShouldBe("78"); // Σ_{k=1..12} k
            cut.Find("[data-testid=evl-loss-chart]").GetAttribute("data-point-count").ShouldBe(mnist.Epochs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            cut.Find("[data-testid=evl-results]").GetAttribute("data-completed").ShouldBe("true");
        }, TimeSpan.FromSeconds(20));
        cut.FindAll("[data-testid=evl-part][data-state=done]").Count.ShouldBe(3);
        cut.FindAll("[data-testid=evl-converged-live]").ShouldBeEmpty(); // the result's own charts replace it
        cut.Find("[data-testid=evl-row-mnist] [data-testid=evl-converged-trained]").TextContent.ShouldBe($"{mnist.Trained!.Converged} / 12");
    }

    [Fact]
    public void Render_UnknownRun_SaysSo()
    {
        var cut = Render<ExactVsLanczosView>(p => p.Add(x => x.RunId, "0123456789ab"));

        cut.Find("[data-testid=evl-run-missing]").TextContent.ShouldContain("There is no run '0123456789ab' on this server");
    }
}
