using AngleSharp.Dom;
using Bunit;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Web.Components.Pages.Lab;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Tests.Components.Lab;

/// <summary>The lab form: the request's own Validate() messages under the inputs, Run disabled while any remain.</summary>
public sealed class SyntheticLabPageTests : DashboardTestContext
{
    private IRenderedComponent<SyntheticLabPage> RenderLab() => Render<SyntheticLabPage>();

    private static IElement RunButton(IRenderedComponent<SyntheticLabPage> cut) => cut.Find("[data-testid=lab-run]");

    private static void Type(IRenderedComponent<SyntheticLabPage> cut, string testId, string text) =>
        cut.Find($"input[data-testid={testId}]").Input(text);

    private static void ShouldShowAndDisableRun(IRenderedComponent<SyntheticLabPage> cut, string message) =>
        cut.WaitForAssertion(() =>
        {
            cut.FindAll(".mud-input-helper-text.mud-input-error").Select(e => e.TextContent).ShouldContain(t => t.Contains(message));
            RunButton(cut).HasAttribute("disabled").ShouldBeTrue();
        });

    [Fact]
    public void Render_Defaults_RunIsEnabledWithoutMessages()
    {
        var cut = RenderLab();

        RunButton(cut).HasAttribute("disabled").ShouldBeFalse();
        cut.FindAll(".mud-input-error").ShouldBeEmpty();
    }

    [Fact]
    public void Input_MAboveN_ShowsTheMessageUnderMAndDisablesRun()
    {
        var cut = RenderLab();

        Type(cut, "lab-m", "150");

        ShouldShowAndDisableRun(cut, "Iterations m = 150 cannot exceed n = 100.");
    }

    [Fact]
    public void Input_NZero_ShowsTheMessageAndDisablesRun()
    {
        var cut = RenderLab();

        Type(cut, "lab-n", "0");

        ShouldShowAndDisableRun(cut, "N must be in [1, 20000], got 0.");
    }

    [Fact]
    public void Input_NAboveTheDenseLimit_ShowsTheMessageAndDisablesRun()
    {
        var cut = RenderLab();

        Type(cut, "lab-n", "6000");

        ShouldShowAndDisableRun(cut, "n = 6000 is too large for a dense synthetic matrix (at most 5000).");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Input_EpsilonNotPositive_ShowsTheMessageAndDisablesRun(string epsilon)
    {
        var cut = RenderLab();

        Type(cut, "lab-epsilon", epsilon);

        ShouldShowAndDisableRun(cut, "ε must be positive.");
    }

    [Fact]
    public void Run_EpsilonInScientificNotation_IsSubmittedAsTyped()
    {
        var cut = RenderLab();
        Type(cut, "lab-epsilon", "1e-3");

        cut.WaitForAssertion(() => RunButton(cut).HasAttribute("disabled").ShouldBeFalse());
        RunButton(cut).Click();

        Runner.List().ShouldHaveSingleItem().Request.ShouldBeOfType<SpectrumComparisonRequest>().Epsilon.ShouldBe(1e-3);
    }

    [Fact]
    public void Uncheck_EveryVariant_ShowsTheMessageAndDisablesRun()
    {
        var cut = RenderLab();

        foreach (var variant in new[] { "full", "double", "none", "selective" })
            cut.Find($"input[data-testid=variant-{variant}]").Change(false);

        cut.WaitForAssertion(() => cut.Find("[data-testid=variants-error]").TextContent.ShouldBe("Choose at least one variant."));
        RunButton(cut).HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public void Run_ValidForm_SubmitsOneComparisonAndOpensItsAddress()
    {
        var cut = RenderLab();
        Type(cut, "lab-n", "40");
        cut.Find("input[data-testid=variant-selective]").Change(false);

        RunButton(cut).Click();

        var run = Runner.List().ShouldHaveSingleItem();
        var request = run.Request.ShouldBeOfType<SpectrumComparisonRequest>();
        request.Spectrum.N.ShouldBe(40);
        request.Variants.ShouldBe([Reorthogonalization.Full, Reorthogonalization.Double, Reorthogonalization.None]);
        Services.GetService<NavigationManager>()!.Uri.ShouldEndWith($"/lab/{run.Id}");
    }
}
