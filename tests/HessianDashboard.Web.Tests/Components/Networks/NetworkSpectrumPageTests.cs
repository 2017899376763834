using AngleSharp.Dom;
using Bunit;
using HessianDashboard.Web.Components.Pages.Networks;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Networks;

/// <summary>The network spectrum form: thesis defaults valid, the request's messages under the inputs, Run disabled while any remain.</summary>
public sealed class NetworkSpectrumPageTests : DashboardTestContext
{
    private static IElement RunButton(IRenderedComponent<NetworkSpectrumPage> cut) => cut.Find("[data-testid=spectrum-run]");

    private static void ShouldShowAndDisable(IRenderedComponent<NetworkSpectrumPage> cut, string message) =>
        cut.WaitForAssertion(() =>
        {
            cut.Find("[data-testid=spectrum-errors]").TextContent.ShouldContain(message);
            RunButton(cut).HasAttribute("disabled").ShouldBeTrue();
        });

    [Fact]
    public void Render_Defaults_SeededMlpWithThesisSettingsIsValid()
    {
        var cut = Render<NetworkSpectrumPage>();

        RunButton(cut).HasAttribute("disabled").ShouldBeFalse();
        cut.Find("input[data-testid=spectrum-samples]").GetAttribute("value").ShouldBe("10000");
        cut.Find("input[data-testid=spectrum-m]").GetAttribute("value").ShouldBe("100");
        cut.FindAll("[data-testid=spectrum-errors]").ShouldBeEmpty();
    }

    [Fact]
    public void Input_ZeroIterations_ShowsTheRequestsMessage()
    {
        var cut = Render<NetworkSpectrumPage>();

        cut.Find("input[data-testid=spectrum-m]").Input("0");

        ShouldShowAndDisable(cut, "Iterations m must be at least 1 (got 0).");
    }

    [Fact]
    public void Input_HessianBatchAboveTheSamples_IsRefused()
    {
        var cut = Render<NetworkSpectrumPage>();

        cut.Find("input[data-testid=spectrum-samples]").Input("300");
        cut.Find("input[data-testid=spectrum-batch]").Input("500");

        ShouldShowAndDisable(cut, "The Hessian batch (500) cannot exceed the samples (300).");
    }

    [Fact]
    public void Click_CheckpointWithoutAny_AsksForOneAndSaysHowToGetOne()
    {
        var cut = Render<NetworkSpectrumPage>();

        cut.FindAll("[data-testid=spectrum-source] .mud-toggle-item").Single(e => e.TextContent.Contains("Checkpoint")).Click();

        ShouldShowAndDisable(cut, "Checkpoint: choose one");
        cut.Find("[data-testid=checkpoint-picker-empty]").TextContent.ShouldContain("No checkpoints yet");
    }
}
