using System.Globalization;
using Bunit;
using Bunit.TestDoubles;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Sources;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Compare;
using HessianDashboard.Web.Components.Pages.Compare;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HessianDashboard.Web.Tests.Components.Compare;

/// <summary>
/// /compare following a running run on the real runner: a finished Lanczos run (Full) beside one that takes each of its
/// 20 steps only when the test allows it (None, <see cref="SteppedLanczosJobHandler"/>). Assertions are on the rendered
/// data (point counts, metrics cells, the live indicator), never on timing.
/// </summary>
public sealed class CompareLiveTests : DashboardTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly SteppedLanczosJobHandler _stepped;

    public CompareLiveTests()
        : this(new SteppedLanczosJobHandler())
    {
    }

    private CompareLiveTests(SteppedLanczosJobHandler stepped)
        : base(services => services.AddSingleton<IRunJobHandler>(stepped)) => _stepped = stepped;

    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    /// <summary>The finished run, then the stepped one (submitted after: one worker), running and waiting for its first step.</summary>
    private async Task<(RunInfo Finished, string Running)> FinishedAndRunningAsync()
    {
        await StartRunnerAsync();
        var source = MatrixSource.FromSpectrum(new SyntheticSpectrumOptions(SpectrumKind.Custom, 30, 3));
        var finished = await WaitForRunAsync(Runner.Submit(new LanczosRunRequest { Source = source, Variant = Reorthogonalization.Full, Iterations = 20, StartSeed = 1 }).Id);
        var running = Runner.Submit(new SteppedLanczosRequest(new LanczosRunRequest { Source = source, Variant = Reorthogonalization.None, Iterations = 20, StartSeed = 1 }));
        await Eventually.HoldsAsync(() => Runner.Get(running.Id)!.State == RunState.Running);
        Runner.Get(running.Id)!.State.ShouldBe(RunState.Running);
        return (finished, running.Id);
    }

    private async Task StepsAsync(string id, int steps)
    {
        _stepped.Allow(steps);
        await Eventually.HoldsAsync(() => StepCount(id) >= steps);
        StepCount(id).ShouldBe(steps);
    }

    private int StepCount(string id) => Runner.Events(id).Count(e => e.Kind == RunEventKind.Step);

    private IRenderedComponent<ComparePage> Open(string uri)
    {
        Navigation.NavigateTo(uri);
        return Render<ComparePage>();
    }

    private static int[] PointCounts(IRenderedComponent<ComparePage> cut) =>
        [.. cut.FindComponent<ApexChart>().Instance.CurrentSeries.Select(s => s.Data.Count)];

    private static async Task StoppedFollowingAsync(IRenderedComponent<ComparePage> cut)
    {
        await Eventually.HoldsAsync(() => !cut.Instance.Following);
        cut.Instance.Following.ShouldBeFalse("every run ended: nothing more to poll");
    }

    protected override void Dispose(bool disposing)
    {
        _stepped.Finish(); // no run is left waiting for a step
        base.Dispose(disposing);
    }

    [Fact]
    public async Task Follow_RunningRunGainsSteps_LadderGrowsAndPollingStopsOnceItEnds()
    {
        var (finished, running) = await FinishedAndRunningAsync();
        var cut = Open($"compare?runs={finished.Id},{running}&tab=ladders");
        cut.Find("[data-testid=compare-live]").GetAttribute("data-live-count").ShouldBe("1");
        cut.FindAll("[data-testid=compare-refresh]").ShouldBeEmpty("Refresh is for finished runs");
        PointCounts(cut).ShouldBe([20 * 21 / 2], "no step of the running run yet");

        await StepsAsync(running, 5);

        cut.WaitForAssertion(() => PointCounts(cut).ShouldBe([20 * 21 / 2, 5 * 6 / 2]), Wait);
        cut.Instance.Following.ShouldBeTrue();

        _stepped.Finish();
        (await WaitForRunAsync(running)).State.ShouldBe(RunState.Succeeded);

        cut.WaitForAssertion(() =>
        {
            PointCounts(cut).ShouldBe([20 * 21 / 2, 20 * 21 / 2]);
            cut.FindAll("[data-testid=compare-live]").ShouldBeEmpty();
            cut.Find("[data-testid=compare-refresh]");
            cut.FindAll("[data-testid=run-chip]").Select(c => c.GetAttribute("data-state")).ShouldBe(["succeeded", "succeeded"]);
        }, Wait);
        await StoppedFollowingAsync(cut);
    }

    [Fact]
    public async Task Follow_MetricsTab_TheRunningRowGetsItsNumbersWhenTheRunEnds()
    {
        var (finished, running) = await FinishedAndRunningAsync();
        var cut = Open($"compare?runs={finished.Id},{running}&tab=metrics");
        string[] Cells() => [.. cut.FindAll("[data-testid=metrics-lambda-max]").Select(c => c.TextContent)];
        double finishedMax = finished.Result.ShouldBeOfType<LanczosRunResult>().Ritz[^1];
        Cells().ShouldBe([MetricText.Number(finishedMax), MetricText.Number(null)]);

        _stepped.Finish();
        var done = await WaitForRunAsync(running);

        double runningMax = done.Result.ShouldBeOfType<LanczosRunResult>().Ritz[^1];
        cut.WaitForAssertion(() => Cells().ShouldBe([MetricText.Number(finishedMax), MetricText.Number(runningMax)]), Wait);
        cut.FindAll("[data-testid=metrics-spectrum]").Select(c => c.TextContent).ShouldBe(["Full", "None"]);
        await StoppedFollowingAsync(cut);
    }

    [Fact]
    public async Task Follow_AnUpdate_KeepsTheUsersZoomAndSigma()
    {
        var (finished, running) = await FinishedAndRunningAsync();
        var ritz = finished.Result.ShouldBeOfType<LanczosRunResult>().Ritz;
        double sigma = Math.Round((ritz[^1] - ritz[0]) / 40, 3);
        string link = $"compare?runs={finished.Id},{running}&tab=densities&sigma={sigma.ToString("R", CultureInfo.InvariantCulture)}";
        var cut = Open(link);
        var before = cut.FindComponent<ApexChart>().Instance;
        before.CurrentSeries.Count.ShouldBe(1, "the running run has no density yet");
        var zoom = new AxisRange(0.25, 1.5);
        await cut.InvokeAsync(() => before.OnZoomed.InvokeAsync(zoom));
        await Eventually.HoldsAsync(() => Navigation.Uri.EndsWith("&xmin=0.25&xmax=1.5", StringComparison.Ordinal));
        await StepsAsync(running, 3);
        cut.WaitForAssertion(() => cut.FindAll("input[data-testid=spectrum-toggle]").Count.ShouldBe(2, "the running run's ladder is now listed"), Wait);
        cut.FindComponent<ApexChart>().Instance.ShouldBeSameAs(before, "steps change nothing drawn on the densities: the chart stays");

        _stepped.Finish();
        await WaitForRunAsync(running);

        cut.WaitForAssertion(() => cut.FindComponent<ApexChart>().Instance.CurrentSeries.Count.ShouldBe(2), Wait);
        var after = cut.FindComponent<ApexChart>().Instance;
        after.ShouldNotBeSameAs(before, "the update drew the chart anew");
        after.InitialXRange.ShouldBe(zoom, "… at the user's zoom");
        cut.Instance.State.X.ShouldBe(zoom);
        cut.Instance.State.Sigma.ShouldBe(sigma);
        double.Parse(cut.Find("[data-testid=density-controls]").GetAttribute("data-sigma")!, CultureInfo.InvariantCulture).ShouldBe(sigma);
        Navigation.Uri.ShouldEndWith($"&sigma={sigma.ToString("R", CultureInfo.InvariantCulture)}&xmin=0.25&xmax=1.5");
    }

    [Fact]
    public async Task Dispose_WhileFollowing_StopsPollingButNotTheRun()
    {
        var (finished, running) = await FinishedAndRunningAsync();
        var cut = Open($"compare?runs={finished.Id},{running}&tab=ladders");
        cut.WaitForAssertion(() => cut.Instance.Following.ShouldBeTrue(), Wait);
        var page = cut.Instance;

        await DisposeComponentsAsync(); // the page goes away

        page.Following.ShouldBeFalse();
        Runner.Get(running)!.State.ShouldBe(RunState.Running);
        await StepsAsync(running, 2);
        _stepped.Finish();
        (await WaitForRunAsync(running)).State.ShouldBe(RunState.Succeeded);
    }

    [Fact]
    public async Task Follow_AComparedRunIsDeleted_SaysSoWithoutFailing()
    {
        var (finished, running) = await FinishedAndRunningAsync();
        var cut = Open($"compare?runs={finished.Id},{running}&tab=ladders");
        cut.WaitForAssertion(() => cut.Instance.Following.ShouldBeTrue(), Wait);

        (await Runner.DeleteAsync(finished.Id, Token)).ShouldBeTrue();

        cut.WaitForAssertion(() =>
            cut.Find($"[data-testid=run-missing][data-run-id='{finished.Id}']").TextContent.ShouldContain("was deleted from this server while this page showed it"), Wait);
        cut.Find("[data-testid=compare-chart-empty]"); // the deleted run's ladder is gone, the running run has no step yet

        await StepsAsync(running, 3);

        cut.WaitForAssertion(() => PointCounts(cut).ShouldBe([3 * 4 / 2]), Wait);
    }
}
