using AngleSharp.Dom;
using Bunit;
using HessianDashboard.Web.Components.Pages.Networks;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Networks;

/// <summary>The training form: thesis defaults valid, each request message under its input, Train disabled while any remain.</summary>
public sealed class TrainNetworkPageTests : DashboardTestContext
{
    private static IElement TrainButton(IRenderedComponent<TrainNetworkPage> cut) => cut.Find("[data-testid=train-run]");

    private static void ShouldShowAndDisable(IRenderedComponent<TrainNetworkPage> cut, string message) =>
        cut.WaitForAssertion(() =>
        {
            cut.FindAll(".mud-input-helper-text.mud-input-error").Select(e => e.TextContent).ShouldContain(t => t.Contains(message));
            TrainButton(cut).HasAttribute("disabled").ShouldBeTrue();
        });

    [Fact]
    public void Render_Defaults_TrainIsEnabledWithTable41Epochs()
    {
        var cut = Render<TrainNetworkPage>();

        TrainButton(cut).HasAttribute("disabled").ShouldBeFalse();
        cut.FindAll(".mud-input-error").ShouldBeEmpty();
        cut.Find("input[data-testid=train-epochs]").GetAttribute("placeholder").ShouldBe("15 (Table 4.1)");
    }

    [Fact]
    public void Input_ZeroSamples_ShowsTheRequestsMessage()
    {
        var cut = Render<TrainNetworkPage>();

        cut.Find("input[data-testid=train-samples]").Input("0");

        ShouldShowAndDisable(cut, "Samples must be positive (got 0).");
    }

    [Fact]
    public void Input_CheckpointEpochBeyondTheEpochs_ShowsTheRange()
    {
        var cut = Render<TrainNetworkPage>();

        cut.Find("input[data-testid=train-epochs]").Input("3");
        cut.Find("input[data-testid=train-checkpoints]").Input("0, 5");

        ShouldShowAndDisable(cut, "Checkpoint epochs must lie in [0, 3].");
    }

    [Fact]
    public void Input_CheckpointListNotNumbers_NamesTheEntry()
    {
        var cut = Render<TrainNetworkPage>();

        cut.Find("input[data-testid=train-checkpoints]").Input("0, ten");

        ShouldShowAndDisable(cut, "Checkpoint epochs: 'ten' is not a whole number.");
    }

    [Fact]
    public void Input_NanoGptCheckpointBeyondTheIterations_ShowsTheRange()
    {
        var cut = Render<TrainNetworkPage>();
        cut.FindAll("[data-testid=train-kind] .mud-toggle-item").Single(e => e.TextContent.Contains("NanoGPT")).Click();

        cut.Find("input[data-testid=train-iterations]").Input("100");

        ShouldShowAndDisable(cut, "Checkpoint iterations must lie in [0, 100].");
    }
}
