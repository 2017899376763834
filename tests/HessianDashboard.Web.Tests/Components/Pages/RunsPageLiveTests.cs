using Bunit;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Sources;
using HessianDashboard.Web.Components.Pages;
using HessianDashboard.Web.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor.Services;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace HessianDashboard.Web.Tests.Components.Pages;

/// <summary>The Runs page following a real <see cref="InProcessRunRunner"/>: rows appear and finish without a reload.</summary>
public sealed class RunsPageLiveTests : BunitContext, IAsyncLifetime
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);
    private readonly InProcessRunRunner _runner =
        new(MsOptions.Create(new RunnerOptions()), RunJobCatalog.CreateDefault(), NullLogger<InProcessRunRunner>.Instance);

    public RunsPageLiveTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IRunRunner>(_runner);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(MsOptions.Create(new DashboardOptions()));
    }

    public async ValueTask InitializeAsync() => await _runner.StartAsync(Xunit.TestContext.Current.CancellationToken);

    private static LanczosRunRequest Lanczos(int n) => new()
    {
        Source = MatrixSource.FromSpectrum(new SyntheticSpectrumOptions(SpectrumKind.Custom, n, 1)),
        Iterations = n,
    };

    [Fact]
    public void RunsSubmittedAfterOpening_ReachSucceededAndOneHundredPercent_NewestFirst()
    {
        var page = Render<RunsPage>();

        var first = _runner.Submit(Lanczos(40));
        var second = _runner.Submit(Lanczos(60));

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
        var run = _runner.Submit(Lanczos(1500));
        var page = Render<RunsPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=run-state]").GetAttribute("data-state").ShouldBe("running"), Cap);

        page.Find("[data-testid=run-cancel]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=run-state]").GetAttribute("data-state").ShouldBe("cancelled"), Cap);
        _runner.Get(run.Id)!.State.ShouldBe(RunState.Cancelled);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        foreach (var run in _runner.List()) _runner.Cancel(run.Id);
        await _runner.StopAsync(CancellationToken.None);
        _runner.Dispose();
    }
}
