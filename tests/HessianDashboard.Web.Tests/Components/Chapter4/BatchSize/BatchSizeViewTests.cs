using Bunit;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Torch.Tests.Data.TestSupport;
using HessianDashboard.Web.Components.Pages.Chapter4;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Chapter4.BatchSize;

/// <summary>The live view against the real runner on shared/data's MNIST.</summary>
public sealed class BatchSizeViewTests : DashboardTestContext
{
    [Fact]
    public async Task Cancel_AfterTheFirstRun_KeepsAndShowsTheRunsDone()
    {
        _ = SharedData.DataDirectory; // skips without shared/data
        await StartRunnerAsync();
        // Twelve runs of m = 30 on all 12,730 parameters: seconds of work left when the first one has ended.
        var run = Runner.Submit(new BatchSizeStudyRequest { Samples = 200, Epochs = 1, BatchSizes = [1, 10, 100], Repeats = 3, Iterations = 30 });
        var cut = Render<BatchSizePage>(p => p.Add(x => x.RunId, run.Id));
        cut.WaitForAssertion(() => int.Parse(cut.Find("[data-testid=batch-live-runs]").GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeGreaterThan(0), TimeSpan.FromSeconds(120));

        cut.Find("[data-testid=run-cancel]").Click();

        (await WaitForRunAsync(run.Id)).State.ShouldBe(RunState.Cancelled);
        var result = Runner.Get(run.Id)!.Result.ShouldBeOfType<BatchSizeStudyResult>();
        result.Completed.ShouldBeFalse();
        result.Runs.Count.ShouldBeInRange(1, 11);
        cut.WaitForAssertion(() =>
        {
            cut.Find("[data-testid=batch-results]").GetAttribute("data-completed").ShouldBe("false");
            cut.Find("[data-testid=batch-partial]").TextContent.ShouldContain($"{result.Runs.Count} runs kept");
            cut.FindAll("[data-testid=batch-run-row]").Count.ShouldBe(result.Runs.Count);
            cut.Find("[data-testid=batch-live-runs]").GetAttribute("data-count").ShouldBe($"{result.Runs.Count}");
        }, TimeSpan.FromSeconds(10));
    }
}
