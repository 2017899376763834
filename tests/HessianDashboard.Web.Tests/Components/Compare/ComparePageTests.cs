using Bunit;
using Bunit.TestDoubles;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Sources;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Compare;
using HessianDashboard.Web.Components.Pages.Compare;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace HessianDashboard.Web.Tests.Components.Compare;

/// <summary>
/// /compare against the real runner with two tiny synthetic Lanczos runs (Full and None on the same matrix): the
/// overlays hold exactly the results' numbers, and the view's state goes into the address and comes back from it.
/// </summary>
public sealed class ComparePageTests : DashboardTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    private async Task<(RunInfo Full, RunInfo None)> TwoRunsAsync()
    {
        await StartRunnerAsync();
        var source = MatrixSource.FromSpectrum(new SyntheticSpectrumOptions(SpectrumKind.Custom, 30, 3));
        var full = Runner.Submit(new LanczosRunRequest { Source = source, Variant = Reorthogonalization.Full, Iterations = 20, StartSeed = 1 });
        var none = Runner.Submit(new LanczosRunRequest { Source = source, Variant = Reorthogonalization.None, Iterations = 20, StartSeed = 1 });
        return (await WaitForRunAsync(full.Id), await WaitForRunAsync(none.Id));
    }

    private IRenderedComponent<ComparePage> Open(string uri)
    {
        Navigation.NavigateTo(uri);
        return Render<ComparePage>();
    }

    private static IReadOnlyList<Web.Components.Charts.Config.ChartSeries> Series(IRenderedComponent<ComparePage> cut) =>
        cut.FindComponent<ApexChart>().Instance.CurrentSeries;

    private static double[] Ritz(RunInfo run) => run.Result.ShouldBeOfType<LanczosRunResult>().Ritz;

    /// <summary>Waits (<see cref="Eventually"/>) for the debounced write of the address; nothing renders when it happens.</summary>
    private async Task AddressShouldBecomeAsync(string ending)
    {
        await Eventually.HoldsAsync(() => Navigation.Uri.EndsWith(ending, StringComparison.Ordinal));
        Navigation.Uri.ShouldEndWith(ending);
    }

    [Fact]
    public async Task Render_TwoRuns_OneStripPerRunWithItsRitzValues()
    {
        var (full, none) = await TwoRunsAsync();

        var cut = Open($"compare?runs={full.Id},{none.Id}");

        var series = Series(cut);
        series.Select(s => s.Name).ShouldBe([$"{full.Id[..6]} Full", $"{none.Id[..6]} None"]);
        series[0].Data.Select(p => p.X).ShouldBe(Ritz(full));
        series[1].Data.Select(p => p.X).ShouldBe(Ritz(none));
        series[0].Data.ShouldAllBe(p => p.Y == 1, "the first run is the top row");
        series[1].Data.ShouldAllBe(p => p.Y == 0);
        series.Select(s => s.Color).ShouldBe([ComparePalette.Of(0), ComparePalette.Of(1)]);
        cut.FindAll("[data-testid=run-chip]").Select(c => c.GetAttribute("data-state")).ShouldBe(["succeeded", "succeeded"]);
    }

    [Fact]
    public async Task Render_LaddersTab_EveryRitzValueOfEveryStepAtItsStep()
    {
        var (full, none) = await TwoRunsAsync();

        var cut = Open($"compare?runs={full.Id},{none.Id}&tab=ladders");

        var series = Series(cut);
        series.Count.ShouldBe(2);
        foreach (var (run, s) in new[] { full, none }.Zip(series))
        {
            var steps = Runner.Events(run.Id).Where(e => e.Kind == RunEventKind.Step).Select(e => e.Step!).ToList();
            s.Data.Select(p => (p.X, p.Y)).ShouldBe(steps.SelectMany(step => step.RitzValues.Select(theta => ((double)step.K, theta))));
            s.Data.Count.ShouldBe(20 * 21 / 2);
            s.Data.Where(p => p.X == 20).Select(p => p.Y).ShouldBe(Ritz(run), tolerance: 1e-12);
        }
    }

    [Fact]
    public async Task Render_DensitiesTabWithSigma_EachCurveIsAProbabilityDensityAtThatSigma()
    {
        var (full, none) = await TwoRunsAsync();

        var nodes = Ritz(full).Concat(Ritz(none)).ToArray();
        double sigma = Math.Round((nodes.Max() - nodes.Min()) / 40, 3); // within the slider's span/500 … span/5

        var cut = Open($"compare?runs={full.Id},{none.Id}&tab=densities&sigma={sigma.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}");

        var series = Series(cut);
        series.Count.ShouldBe(2);
        foreach (var s in series)
        {
            var p = s.Data;
            double integral = Enumerable.Range(1, p.Count - 1).Sum(i => (p[i].X - p[i - 1].X) * (p[i].Y + p[i - 1].Y) / 2);
            integral.ShouldBe(1.0, 1e-6, $"∫φσ of {s.Name} (Σ τ = 1; the grid spans ±5σ)");
        }
        double.Parse(cut.Find("[data-testid=density-controls]").GetAttribute("data-sigma")!, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(sigma);
        cut.FindAll("[data-testid=density-sigma-clamped]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Render_MetricsTab_RowsShowTheResults()
    {
        var (full, none) = await TwoRunsAsync();

        var cut = Open($"compare?runs={full.Id},{none.Id}&tab=metrics");

        cut.FindAll("[data-testid=metrics-spectrum]").Select(c => c.TextContent).ShouldBe(["Full", "None"]);
        cut.FindAll("[data-testid=metrics-lambda-max]").Select(c => c.TextContent).ShouldBe([MetricText.Number(Ritz(full)[^1]), MetricText.Number(Ritz(none)[^1])]);
        cut.FindAll("[data-testid=metrics-lambda-min]").Select(c => c.TextContent).ShouldBe([MetricText.Number(Ritz(full)[0]), MetricText.Number(Ritz(none)[0])]);
    }

    [Fact]
    public async Task Render_UnknownIdsAndJunk_SaysSoInlineAndShowsTheRest()
    {
        var (full, _) = await TwoRunsAsync();

        var cut = Open($"compare?runs=nope00000000,{full.Id},<b>&tab=radar&sigma=wide&xmin=3");

        cut.Find("[data-testid=run-missing]").TextContent.ShouldContain("There is no run 'nope00000000' on this server");
        var messages = cut.FindAll("[data-testid=compare-message]").Select(m => m.TextContent).ToList();
        messages.Count.ShouldBe(4, string.Join(" | ", messages));
        Series(cut).ShouldHaveSingleItem().Data.Select(p => p.X).ShouldBe(Ritz(full));
    }

    [Fact]
    public async Task Render_RunWithoutSpectrum_SaysSo()
    {
        await StartRunnerAsync();
        var study = await WaitForRunAsync(Runner.Submit(new ConvergenceStudyRequest
        {
            N = 30, Iterations = [5], Spectra = [SpectrumKind.Custom], Variants = [Reorthogonalization.Full], Runs = 1,
        }).Id);

        var cut = Open($"compare?runs={study.Id}");

        cut.Find("[data-testid=run-note]").TextContent.ShouldContain("A convergence study has no spectrum to overlay");
        cut.Find("[data-testid=compare-chart-empty]").TextContent.ShouldContain("None of these runs has a final spectrum");
    }

    [Fact]
    public void Render_NoRuns_SaysHowToChooseSome()
    {
        var cut = Open("compare");

        cut.Find("[data-testid=compare-empty]").TextContent.ShouldContain("No runs chosen");
        cut.FindComponents<ApexChart>().ShouldBeEmpty();
    }

    [Fact]
    public async Task AddRun_FromThePicker_AppendsItToTheViewAndTheAddress()
    {
        var (full, none) = await TwoRunsAsync();
        var cut = Open($"compare?runs={full.Id}");
        var picker = cut.FindComponent<AddRunPicker>();
        picker.Instance.Candidates.Select(r => r.Id).ShouldContain(none.Id);
        picker.Instance.Candidates.Select(r => r.Id).ShouldNotContain(full.Id, "already shown");

        await cut.InvokeAsync(() => picker.Instance.OnAdd.InvokeAsync(none.Id));

        await AddressShouldBecomeAsync($"/compare?runs={full.Id},{none.Id}");
        Series(cut).Select(s => s.Name).ShouldBe([$"{full.Id[..6]} Full", $"{none.Id[..6]} None"]);
    }

    [Fact]
    public async Task Remove_ARun_ReplacesTheAddressWithTheNewView()
    {
        var (full, none) = await TwoRunsAsync();
        var cut = Open($"compare?runs={full.Id},{none.Id}&tab=ladders");
        int entries = Navigation.History.Count;

        cut.FindAll("[data-testid=run-remove]")[0].Click();

        await AddressShouldBecomeAsync($"/compare?runs={none.Id}&tab=ladders");
        Navigation.History.Count.ShouldBe(entries, "replaced, not added");
        Navigation.History.First().Options.ReplaceHistoryEntry.ShouldBeTrue("the view's changes never pile up history");
        Series(cut).ShouldHaveSingleItem().Name.ShouldBe($"{none.Id[..6]} None");
    }

    [Fact]
    public async Task Zoom_OnTheChart_GoesIntoTheAddressWithoutRedrawingAndResetLeavesIt()
    {
        var (full, none) = await TwoRunsAsync();
        var cut = Open($"compare?runs={full.Id},{none.Id}");
        var chart = cut.FindComponent<ApexChart>();

        await cut.InvokeAsync(() => chart.Instance.OnZoomed.InvokeAsync(new AxisRange(0.25123456789, 1.50987654321)));

        await AddressShouldBecomeAsync($"/compare?runs={full.Id},{none.Id}&xmin=0.2512&xmax=1.5099"); // 5 digits of the width 1.26
        cut.FindComponent<ApexChart>().Instance.ShouldBeSameAs(chart.Instance, "the chart already shows its zoom");
        cut.Find("[data-testid=zoom-x]").TextContent.ShouldContain("[0.2512, 1.5099]");

        await cut.InvokeAsync(() => chart.Instance.OnZoomed.InvokeAsync(null));

        await AddressShouldBecomeAsync($"/compare?runs={full.Id},{none.Id}");
    }

    [Fact]
    public async Task Toggle_ASpectrumOff_HidesItAndRecordsItInTheAddress()
    {
        var (full, none) = await TwoRunsAsync();
        var cut = Open($"compare?runs={full.Id},{none.Id}&tab=densities");

        cut.Find($"input[data-testid=spectrum-toggle][data-key='{full.Id}.0']").Change(false);

        await AddressShouldBecomeAsync($"&tab=densities&hide={full.Id}.0");
        Series(cut).ShouldHaveSingleItem().Name.ShouldBe($"{none.Id[..6]} None");
    }

    [Fact]
    public async Task Open_EveryPartOfTheView_IsRestoredFromTheAddress()
    {
        var (full, none) = await TwoRunsAsync();
        var view = new CompareViewState
        {
            Runs = [none.Id, full.Id], Tab = CompareTab.Densities, Sigma = 0.04, LogY = true, Hidden = [new SpectrumKey(full.Id, 0)],
            X = new AxisRange(0.1, 0.9), Y = new AxisRange(1e-6, 10),
        };

        var cut = Open(CompareQuery.Uri(view));

        cut.Instance.State.ShouldBe(view);
        var chart = cut.FindComponent<ApexChart>().Instance;
        chart.InitialXRange.ShouldBe(view.X);
        chart.Options.Yaxis.ShouldNotBeNull().Logarithmic.ShouldBe(true);
        chart.CurrentSeries.ShouldHaveSingleItem().Color.ShouldBe(ComparePalette.Of(0), "the first run in the link has the first colour");
        cut.Find("[data-testid=zoom-y]").TextContent.ShouldContain("[1E-06, 10]");
        chart.InitialXRange.ShouldBe(new AxisRange(0.1, 0.9));
    }

    [Fact]
    public async Task Navigate_ToAnotherViewOfThePage_IsReadWithoutReloadingThePage()
    {
        var (full, none) = await TwoRunsAsync();
        var cut = Open($"compare?runs={full.Id}");
        var page = cut.Instance;

        Navigation.NavigateTo($"compare?runs={full.Id},{none.Id}&tab=metrics");

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=metrics-spectrum]").Count.ShouldBe(2), Wait);
        cut.Instance.ShouldBeSameAs(page);
    }
}
