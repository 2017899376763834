using Bunit;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Pages;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Pages;

/// <summary>The Runs page following a real <see cref="InProcessRunRunner"/> writing through a real store: rows appear and finish without a reload.</summary>
public sealed class RunsPageLiveTests : RunHistoryContext, IAsyncLifetime
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    public async ValueTask InitializeAsync()
    {
        await StartAsync();
        RenderProviders();
    }

    [Fact]
    public void RunsSubmittedAfterOpening_ReachSucceededAndOneHundredPercent_NewestFirst()
    {
        var page = Render<RunsPage>();
        page.WaitForElement("[data-testid=runs-empty]", Cap);

        var first = Runner.Submit(RealRuns.Lanczos(40, 40));
        var second = Runner.Submit(RealRuns.Lanczos(60, 60));

        page.WaitForAssertion(() =>
        {
            page.FindAll("td[data-run-id]").Select(td => td.GetAttribute("data-run-id")).ShouldBe([second.Id, first.Id]);
            page.FindAll("[data-testid=run-state]").Select(c => c.GetAttribute("data-state")).ShouldBe(["succeeded", "succeeded"]);
            page.FindAll("[data-testid=run-progress]").Select(p => p.TextContent).ShouldBe(["100 %", "100 %"]);
            page.FindAll("[data-testid=run-cancel]").ShouldBeEmpty();
        }, Cap);
    }

    [Fact]
    public void CancelButton_OnALongRun_CancelsItOnTheServer()
    {
        var run = Runner.Submit(RealRuns.Lanczos(1500, 1500));
        var page = Render<RunsPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=run-state]").GetAttribute("data-state").ShouldBe("running"), Cap);

        page.Find("[data-testid=run-cancel]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=run-state]").GetAttribute("data-state").ShouldBe("cancelled"), Cap);
        Runner.Get(run.Id)!.State.ShouldBe(RunState.Cancelled);
    }
}
