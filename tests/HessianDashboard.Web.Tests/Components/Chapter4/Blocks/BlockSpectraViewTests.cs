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
    public async Task Cancel_AfterTheFirstBlock_KeepsTheBlocksDoneAndShowsThemAsPartial()
    {
        _ = SharedData.DataDirectory;
        await StartRunnerAsync();
        // 8 start vectors per block (8 gradient graphs and Lanczos runs): the cancel lands long before the run ends.
        var run = Runner.Submit(TinyBlockSpectra.Request with { StartVectors = 8 });
        await foreach (var e in Runner.StreamAsync(run.Id).WithCancellation(Xunit.TestContext.Current.CancellationToken))
            if (e is { Kind: RunEventKind.Metric, Metric.Name: BlockRunFeed.LambdaMaxMetric }) Runner.Cancel(run.Id);
        var info = Runner.Get(run.Id)!;
        info.State.ShouldBe(RunState.Cancelled);
        var partial = info.Result.ShouldBeOfType<Experiments.Chapter4.BlockSpectraResult>();
        partial.Completed.ShouldBeFalse();
        partial.Blocks.Count.ShouldBeInRange(1, 5);

        var cut = Render<BlockSpectraView>(p => p.Add(v => v.RunId, run.Id));

        cut.WaitForAssertion(() =>
        {
            cut.Find("[data-testid=blocks-partial]").TextContent.ShouldContain($"cancelled after {partial.Blocks.Count} of 6 blocks");
            cut.FindAll("[data-testid=blocks-list] tbody tr").Count(r => r.GetAttribute("data-state") == BlockRows.NotRun).ShouldBe(6 - partial.Blocks.Count);
        }, TimeSpan.FromSeconds(20));
        if (partial.Blocks.Count > 1) cut.FindAll("[data-testid=blocks-js-matrix] td").Count.ShouldBe(partial.Blocks.Count * partial.Blocks.Count);
    }

    [Fact]
    public void Render_UnknownRun_SaysSo()
    {
        var cut = Render<BlockSpectraView>(p => p.Add(v => v.RunId, "0123456789ab"));

        cut.Find("[data-testid=blocks-run-missing]").TextContent.ShouldContain("There is no run '0123456789ab'");
    }
}
