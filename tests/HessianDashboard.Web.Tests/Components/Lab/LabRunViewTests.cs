using Bunit;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Web.Components.Lab;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Lab;

/// <summary>The live view against the real runner: a finished run reopened later is replayed from its first step.</summary>
public sealed class LabRunViewTests : DashboardTestContext
{
    private async Task<string> FinishedRunAsync(int n, params Reorthogonalization[] variants)
    {
        await StartRunnerAsync();
        var run = Runner.Submit(new SpectrumComparisonRequest { Spectrum = new SyntheticSpectrumOptions(SpectrumKind.Custom, n, 2), Variants = variants });
        (await WaitForRunAsync(run.Id)).State.ShouldBe(Experiments.Jobs.RunState.Succeeded);
        return run.Id;
    }

    [Fact]
    public async Task Render_FinishedRun_ReplaysEveryLadderPointAndShowsTheResult()
    {
        string id = await FinishedRunAsync(30, Reorthogonalization.Full, Reorthogonalization.None);

        var cut = Render<LabRunView>(p => p.Add(v => v.RunId, id));

        cut.WaitForAssertion(() =>
        {
            cut.Find("[data-testid=ladder-full]").GetAttribute("data-point-count").ShouldBe("465"); // Σ_{k=1..30} k
            cut.Find("[data-testid=ladder-none]").GetAttribute("data-point-count").ShouldBe("465");
            cut.Find("[data-testid=run-progress]").GetAttribute("data-progress").ShouldBe("100");
            cut.Find("[data-testid=lab-scores]").TextContent.ShouldContain("30 / 30");
        }, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task SetSigma_FinishedRun_ResmoothsTheSameRuleToAnotherWidth()
    {
        string id = await FinishedRunAsync(30, Reorthogonalization.Full);
        var cut = Render<LabRunView>(p => p.Add(v => v.RunId, id));
        var card = cut.WaitForComponent<SlqDensityCard>(TimeSpan.FromSeconds(10));
        var estimate = card.Instance.Estimate;
        double before = card.Instance.Sigma;

        await card.InvokeAsync(() => card.Instance.SetSigma(before * 3));

        card.Instance.Sigma.ShouldBe(before * 3, 1e-12);
        card.Instance.Estimate.ShouldBeSameAs(estimate, "σ changes re-smooth, never rerun");
        double.Parse(card.Find("[data-testid=slq-density]").GetAttribute("data-integral")!, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBe(1.0, 1e-6);
    }

    [Fact]
    public async Task Dispose_WhileTheRunComputes_LeavesTheRunToFinishOnTheServer()
    {
        await StartRunnerAsync();
        var run = Runner.Submit(new SpectrumComparisonRequest { Spectrum = new SyntheticSpectrumOptions(SpectrumKind.Custom, 300, 1), Variants = [Reorthogonalization.Full] });
        var cut = Render<LabRunView>(p => p.Add(v => v.RunId, run.Id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=run-progress]"), TimeSpan.FromSeconds(10));

        await DisposeComponentsAsync(); // the page goes away

        (await WaitForRunAsync(run.Id)).State.ShouldBe(Experiments.Jobs.RunState.Succeeded);
    }

    [Fact]
    public void Render_UnknownRun_SaysSo()
    {
        var cut = Render<LabRunView>(p => p.Add(v => v.RunId, "000000000000"));

        cut.Find("[data-testid=lab-run-missing]").TextContent.ShouldContain("There is no run '000000000000'");
    }

    [Fact]
    public async Task Cancel_RunningRun_CancelsItOnTheServer()
    {
        await StartRunnerAsync();
        var run = Runner.Submit(new SpectrumComparisonRequest { Spectrum = new SyntheticSpectrumOptions(SpectrumKind.Gaussian, 1500, 1), Variants = [Reorthogonalization.Double] });
        var cut = Render<LabRunView>(p => p.Add(v => v.RunId, run.Id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=run-cancel]"), TimeSpan.FromSeconds(10));

        cut.Find("[data-testid=run-cancel]").Click();

        (await WaitForRunAsync(run.Id)).State.ShouldBe(Experiments.Jobs.RunState.Cancelled);
    }
}
