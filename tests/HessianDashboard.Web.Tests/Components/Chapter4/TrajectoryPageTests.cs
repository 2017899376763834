using AngleSharp.Dom;
using Bunit;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Pages.Chapter4;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Chapter4;

/// <summary>The MLP trajectory form: thesis defaults valid, the request's messages under their inputs, a run's page refills the form.</summary>
public sealed class TrajectoryPageTests : DashboardTestContext
{
    private static IElement RunButton(IRenderedComponent<TrajectoryPage> cut) => cut.Find("[data-testid=trajectory-run]");

    private static void ShouldShowAndDisable(IRenderedComponent<TrajectoryPage> cut, string message) =>
        cut.WaitForAssertion(() =>
        {
            cut.FindAll(".mud-input-helper-text.mud-input-error").Select(e => e.TextContent).ShouldContain(t => t.Contains(message));
            cut.Find("[data-testid=trajectory-errors]").TextContent.ShouldContain(message);
            RunButton(cut).HasAttribute("disabled").ShouldBeTrue();
        });

    [Fact]
    public void Render_Defaults_ThesisSettingsAreValid()
    {
        var cut = Render<TrajectoryPage>();

        RunButton(cut).HasAttribute("disabled").ShouldBeFalse();
        cut.FindAll("[data-testid=trajectory-errors]").ShouldBeEmpty();
        cut.Find("input[data-testid=trajectory-epochs]").GetAttribute("placeholder").ShouldBe("0, 5, 10, 15");
        cut.Find("input[data-testid=trajectory-m]").GetAttribute("value").ShouldBe("100");
        cut.Find("input[data-testid=trajectory-bins]").GetAttribute("value").ShouldBe("60");
        cut.Find("input[data-testid=trajectory-tolerance]").GetAttribute("value").ShouldBe("0.0001");
    }

    [Fact]
    public void Input_ZeroLanczosSteps_ShowsTheRequestsMessage()
    {
        var cut = Render<TrajectoryPage>();

        cut.Find("input[data-testid=trajectory-m]").Input("0");

        ShouldShowAndDisable(cut, "Lanczos needs at least one step (got 0).");
    }

    [Fact]
    public void Input_OnlyEpochZero_AsksForAnEpochToTrain()
    {
        var cut = Render<TrajectoryPage>();

        cut.Find("input[data-testid=trajectory-epochs]").Input("0");

        ShouldShowAndDisable(cut, "Training needs at least one epoch: name a checkpoint epoch ≥ 1.");
    }

    [Fact]
    public void Input_EpochNotANumber_NamesTheEntry()
    {
        var cut = Render<TrajectoryPage>();

        cut.Find("input[data-testid=trajectory-epochs]").Input("0, five");

        ShouldShowAndDisable(cut, "Checkpoint epochs: 'five' is not a whole number.");
    }

    [Fact]
    public void Input_HessianBatchAboveTheSamples_IsRefused()
    {
        var cut = Render<TrajectoryPage>();

        cut.Find("input[data-testid=trajectory-samples]").Input("300");
        cut.Find("input[data-testid=trajectory-batch]").Input("500");

        ShouldShowAndDisable(cut, "The Hessian batch (500) cannot exceed the samples (300).");
    }

    [Fact]
    public void Input_ZeroResidualTolerance_ShowsThatItMustBePositive()
    {
        var cut = Render<TrajectoryPage>();

        cut.Find("input[data-testid=trajectory-tolerance]").Input("0");

        ShouldShowAndDisable(cut, "The residual tolerance must be positive (got 0).");
    }

    [Fact]
    public void Render_RunPage_RefillsTheFormFromTheRunsRequest()
    {
        var request = new TrajectoryRequest { Samples = 1000, Epochs = [0, 1, 2], HessianBatch = 500, Iterations = 20, Sigma = 0.05, ResidualTolerance = 2e-4 };
        var run = Runner.Submit(request); // the runner is not started: the run stays queued

        var cut = Render<TrajectoryPage>(p => p.Add(x => x.RunId, run.Id));

        cut.Find("input[data-testid=trajectory-samples]").GetAttribute("value").ShouldBe("1000");
        cut.Find("input[data-testid=trajectory-epochs]").GetAttribute("value").ShouldBe("0, 1, 2");
        cut.Find("input[data-testid=trajectory-batch]").GetAttribute("value").ShouldBe("500");
        cut.Find("input[data-testid=trajectory-m]").GetAttribute("value").ShouldBe("20");
        cut.Find("input[data-testid=trajectory-sigma]").GetAttribute("value").ShouldBe("0.05");
        cut.Find("input[data-testid=trajectory-tolerance]").GetAttribute("value").ShouldBe("0.0002");
        cut.Find("[data-testid=trajectory-run-view]").GetAttribute("data-run-id").ShouldBe(run.Id);
    }
}
