using Bunit;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Pages.Studies;
using HessianDashboard.Web.Components.Studies;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Studies;

/// <summary>The studies page: forms validated by the requests' Validate(), studies run as jobs, the newest result shown on opening.</summary>
public sealed class StudiesPageTests : DashboardTestContext
{
    [Fact]
    public void Render_Defaults_AreTheThesisSettingsAndLaunchable()
    {
        var cut = Render<StudiesPage>();

        cut.Find("input[data-testid=runtime-sizes]").GetAttribute("value").ShouldBe("10, 50, 100, 500, 1000");
        cut.Find("input[data-testid=convergence-iterations]").GetAttribute("value").ShouldBe("10, 25, 50, 100, 250, 500, 1000");
        cut.Find("[data-testid=runtime-launch]").HasAttribute("disabled").ShouldBeFalse();
        cut.Find("[data-testid=convergence-launch]").HasAttribute("disabled").ShouldBeFalse();
    }

    [Fact]
    public void Input_SizeNotANumberOrTooLarge_ShowsTheMessagesAndDisablesLaunch()
    {
        var cut = Render<StudiesPage>();

        cut.Find("input[data-testid=runtime-sizes]").Input("10, abc, 6000");

        cut.WaitForAssertion(() =>
        {
            cut.Find("[data-testid=runtime-study] .mud-input-helper-text.mud-input-error").TextContent
                .ShouldBe("Sizes: 'abc' is not a whole number. Sizes must lie in [2, 5000].");
            cut.Find("[data-testid=runtime-launch]").HasAttribute("disabled").ShouldBeTrue();
        });
    }

    [Fact]
    public void Input_IterationAboveN_ShowsTheMessageAndDisablesLaunch()
    {
        var cut = Render<StudiesPage>();

        cut.Find("input[data-testid=convergence-n]").Input("100");

        cut.WaitForAssertion(() =>
        {
            cut.Markup.ShouldContain("Every iteration count m must lie in [1, n = 100].");
            cut.Find("[data-testid=convergence-launch]").HasAttribute("disabled").ShouldBeTrue();
        });
    }

    [Fact]
    public void Quick_ThenLaunch_SubmitsTheQuickStudy()
    {
        var cut = Render<StudiesPage>();

        cut.Find("[data-testid=convergence-quick]").Click();
        cut.Find("[data-testid=convergence-launch]").Click();

        var request = Runner.List().ShouldHaveSingleItem().Request.ShouldBeOfType<ConvergenceStudyRequest>();
        (request.N, request.Runs).ShouldBe((200, 2));
        request.Iterations.ShouldBe([10, 25, 50, 100, 200]);
        cut.Find("[data-testid=convergence-study] [data-testid=run-progress]").GetAttribute("data-state").ShouldBe("Queued");
    }

    [Fact]
    public async Task Render_AfterAStudyFinished_ShowsTheNewestResultOfEachKind()
    {
        await StartRunnerAsync();
        var older = Runner.Submit(new RuntimeStudyRequest { Sizes = [10, 20], Repeats = 1, EigensolveRepeats = 1 });
        await WaitForRunAsync(older.Id);
        var newer = Runner.Submit(new RuntimeStudyRequest { Sizes = [10, 30], Repeats = 2, EigensolveRepeats = 2, Variants = [Reorthogonalization.Full] });
        (await WaitForRunAsync(newer.Id)).State.ShouldBe(RunState.Succeeded);

        var cut = Render<StudiesPage>();

        cut.Find("[data-testid=runtime-study] [data-testid=study-shown]").GetAttribute("data-run-id").ShouldBe(newer.Id);
        var charts = cut.FindComponent<RuntimeStudyCharts>();
        charts.Instance.Result.Lanczos.Select(p => p.N).ShouldBe([10, 30]);
        cut.FindAll("[data-testid=convergence-charts]").ShouldBeEmpty();
    }

    [Fact]
    public async Task ToggleView_ConvergenceResult_OneChartPerSpectrumOrPerVariant()
    {
        await StartRunnerAsync();
        var run = Runner.Submit(new ConvergenceStudyRequest
        {
            N = 40, Iterations = [5, 20, 40], Runs = 2,
            Spectra = [SpectrumKind.Gaussian, SpectrumKind.Uniform, SpectrumKind.Custom],
            Variants = [Reorthogonalization.Full, Reorthogonalization.None],
        });
        (await WaitForRunAsync(run.Id)).State.ShouldBe(RunState.Succeeded);
        var cut = Render<StudiesPage>();
        cut.FindAll("[data-testid=convergence-charts] [data-testid=chart-card]").Count.ShouldBe(3);

        cut.FindAll("[data-testid=convergence-view] button")[1].Click();

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=convergence-charts] [data-testid=chart-card]").Count.ShouldBe(2));
    }
}
