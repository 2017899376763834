using AngleSharp.Dom;
using Bunit;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Pages;
using HessianDashboard.Web.Options;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace HessianDashboard.Web.Tests.Components.Pages;

/// <summary>The Runs page over fixed snapshots (<see cref="FakeRunRunner"/>): rows, states, progress, cancel buttons, live updates.</summary>
public sealed class RunsPageTests : BunitContext
{
    private readonly FakeRunRunner _runner = new();

    public RunsPageTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IRunRunner>(_runner);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new DashboardOptions()));
    }

    private static IElement Row(IRenderedComponent<RunsPage> page, string id) =>
        page.Find($"td[data-run-id='{id}']").ParentElement!;

    [Fact]
    public void Render_RunsInEveryState_ShowsOneRowEachNewestFirstWithStateProgressAndErrors()
    {
        _runner.Add("queued", RunState.Queued);
        _runner.Add("running", RunState.Running, progress: 0.426, eta: TimeSpan.FromSeconds(75), elapsed: TimeSpan.FromSeconds(55));
        _runner.Add("succeeded", RunState.Succeeded, progress: 1, elapsed: TimeSpan.FromSeconds(3.25));
        _runner.Add("failed", RunState.Failed, progress: 0.1, error: "The matrix file is not symmetric.");
        _runner.Add("cancelled", RunState.Cancelled, progress: 0.5);

        var page = Render<RunsPage>();

        page.FindAll("td[data-run-id]").Select(td => td.GetAttribute("data-run-id"))
            .ShouldBe(["cancelled", "failed", "succeeded", "running", "queued"]);
        page.FindAll("[data-testid=run-state]").Select(c => c.GetAttribute("data-state"))
            .ShouldBe(["cancelled", "failed", "succeeded", "running", "queued"]);
        var running = Row(page, "running");
        running.QuerySelector("[data-testid=run-progress]")!.TextContent.ShouldBe("42 %");
        running.QuerySelector("[data-testid=run-eta]")!.TextContent.ShouldBe("1 min 15 s");
        running.QuerySelector("[data-testid=run-elapsed]")!.TextContent.ShouldBe("55 s");
        running.QuerySelector("[role=progressbar]")!.GetAttribute("aria-valuenow").ShouldBe("42.6");
        Row(page, "succeeded").QuerySelector("[data-testid=run-progress]")!.TextContent.ShouldBe("100 %");
        Row(page, "succeeded").QuerySelector("[data-testid=run-elapsed]")!.TextContent.ShouldBe("3.3 s");
        Row(page, "failed").QuerySelector("[data-testid=run-error]")!.TextContent.ShouldBe("The matrix file is not symmetric.");
        page.FindAll("[data-testid=run-error]").Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(RunState.Queued, true)]
    [InlineData(RunState.Running, true)]
    [InlineData(RunState.Succeeded, false)]
    [InlineData(RunState.Failed, false)]
    [InlineData(RunState.Cancelled, false)]
    public void Render_State_ShowsCancelOnlyWhileQueuedOrRunning(RunState state, bool cancellable)
    {
        _runner.Add("r1", state);

        var page = Render<RunsPage>();

        (Row(page, "r1").QuerySelector("[data-testid=run-cancel]") is not null).ShouldBe(cancellable);
    }

    [Fact]
    public void CancelButton_Click_CancelsThatRunOnly()
    {
        _runner.Add("a", RunState.Running, progress: 0.2);
        _runner.Add("b", RunState.Queued);
        var page = Render<RunsPage>();

        Row(page, "a").QuerySelector("[data-testid=run-cancel]")!.Click();

        _runner.Cancelled.ShouldBe(["a"]);
    }

    [Fact]
    public void RunChanged_NewAndUpdatedRuns_AppearWithoutReload()
    {
        var first = _runner.Add("a", RunState.Running, progress: 0.1);
        var page = Render<RunsPage>();

        _runner.Change(first with { State = RunState.Succeeded, Progress = 1 });
        _runner.Change(first with { Id = "b", State = RunState.Queued, SubmittedAt = first.SubmittedAt.AddSeconds(5) });

        page.WaitForAssertion(() =>
        {
            page.FindAll("td[data-run-id]").Select(td => td.GetAttribute("data-run-id")).ShouldBe(["b", "a"]);
            Row(page, "a").QuerySelector("[data-testid=run-state]")!.GetAttribute("data-state").ShouldBe("succeeded");
            Row(page, "a").QuerySelector("[data-testid=run-progress]")!.TextContent.ShouldBe("100 %");
        }, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Render_NoRuns_SaysHowToStartOne() =>
        Render<RunsPage>().Find("[data-testid=runs-empty]").TextContent.ShouldContain("/hubs/runs");

    [Fact]
    public async Task Dispose_LeavingThePage_UnsubscribesAndCancelsNothing()
    {
        _runner.Add("a", RunState.Running, progress: 0.3);
        Render<RunsPage>();
        _runner.SubscriberCount.ShouldBe(1);

        await DisposeComponentsAsync();

        _runner.SubscriberCount.ShouldBe(0);
        _runner.Cancelled.ShouldBeEmpty();
    }
}
