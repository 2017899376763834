using Bunit;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Torch.Tests.Data.TestSupport;
using HessianDashboard.Web.Components.Chapter4.Blocks;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Chapter4.Blocks;

/// <summary>The live view against the real runner: a finished run reopened later replays its log.</summary>
public sealed class BlockSpectraViewTests : DashboardTestContext
{
    [Fact]
    public async Task Render_FinishedTinyRun_ReplaysTheLastLadderListsEveryBlockAndShowsTheResult()
    {
        _ = SharedData.DataDirectory; // skips without shared/data
        await StartRunnerAsync();
        var run = Runner.Submit(TinyBlockSpectra.Request with { StartVectors = 1 });
        (await WaitForRunAsync(run.Id)).State.ShouldBe(RunState.Succeeded);

        var cut = Render<BlockSpectraView>(p => p.Add(v => v.RunId, run.Id));

        cut.WaitForAssertion(() =>
        {
            cut.Find("[data-testid='ladder-ln_f']").GetAttribute("data-point-count").ShouldBe("21"); // Σ_{k=1..6} k: the last block's run
            cut.Find("[data-testid=blocks-list]").GetAttribute("data-done").ShouldBe("6");
            cut.FindAll("[data-testid=blocks-list] tbody tr").Select(r => r.GetAttribute("data-state")).ShouldAllBe(s => s == BlockRows.Done);
            int.Parse(cut.Find("[data-testid=blocks-loss-chart]").GetAttribute("data-point-count")!, System.Globalization.CultureInfo.InvariantCulture)
                .ShouldBe(2, "a loss point per training step (2 steps)");
            cut.Find("[data-testid=blocks-results]").GetAttribute("data-completed").ShouldBe("true");
            cut.Find("[data-testid=run-progress]").GetAttribute("data-progress").ShouldBe("100");
        }, TimeSpan.FromSeconds(20));
        cut.Find("[data-testid=blocks-list]").TextContent.ShouldContain("parameters in all");
    }

    [Fact]
    public void Render_UnknownRun_SaysSo()
    {
        var cut = Render<BlockSpectraView>(p => p.Add(v => v.RunId, "0123456789ab"));

        cut.Find("[data-testid=blocks-run-missing]").TextContent.ShouldContain("There is no run '0123456789ab'");
    }
}
