using AngleSharp.Dom;
using Bunit;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Torch.Models;
using HessianDashboard.Web.Components.Chapter4.Blocks;
using HessianDashboard.Web.Components.Pages.Chapter4;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Chapter4.Blocks;

/// <summary>The block-spectra form: the request's defaults valid, its messages under the inputs, Run disabled while any remain, a run refills it.</summary>
public sealed class BlockSpectraPageTests : DashboardTestContext
{
    private static IElement RunButton(IRenderedComponent<BlockSpectraPage> cut) => cut.Find("[data-testid=blocks-run]");

    private static string Value(IRenderedComponent<BlockSpectraPage> cut, string testId) => cut.Find($"input[data-testid={testId}]").GetAttribute("value") ?? "";

    private static void ShouldShowUnderAnInputAndDisable(IRenderedComponent<BlockSpectraPage> cut, string message) =>
        cut.WaitForAssertion(() =>
        {
            cut.FindAll(".mud-input-helper-text.mud-input-error").Select(e => e.TextContent).ShouldContain(t => t.Contains(message));
            cut.Find("[data-testid=blocks-errors]").TextContent.ShouldContain(message);
            RunButton(cut).HasAttribute("disabled").ShouldBeTrue();
        });

    /// <summary>The training as the artifact store keys it (output folder and report interval do not count).</summary>
    private static string TrainingKey(BlockSpectraRequest request) => ExperimentJson.Serialize(request.Training with { ProgressInterval = 1 });

    [Fact]
    public void Render_Defaults_AreTheRequestsDefaultsAndValid()
    {
        var cut = Render<BlockSpectraPage>();

        RunButton(cut).HasAttribute("disabled").ShouldBeFalse();
        cut.FindAll("[data-testid=blocks-errors]").ShouldBeEmpty();
        (Value(cut, "blocks-batch"), Value(cut, "blocks-m"), Value(cut, "blocks-nv"), Value(cut, "blocks-grid")).ShouldBe(("100", "50", "1", "400"));
        Value(cut, "blocks-sigma").ShouldBe("");
        Value(cut, "blocks-train-iterations").ShouldBe("2000");
        Value(cut, "blocks-train-checkpoints").ShouldBe("0, 250, 500, 1000, 1500, 2000");
        cut.Find("[data-testid=blocks-iteration]").TextContent.ShouldContain("iteration 2000 (last)");

        var request = new BlockSpectraFormModel().ToRequest();
        TrainingKey(request).ShouldBe(TrainingKey(new BlockSpectraRequest()), "an untouched form reuses the default training run");
        (request.Checkpoint, request.Iteration, request.Sigma, request.LayerNormWithSublayer).ShouldBe((null, null, null, true));
    }

    [Fact]
    public void Input_ZeroLanczosSteps_ShowsTheRequestsMessage()
    {
        var cut = Render<BlockSpectraPage>();

        cut.Find("input[data-testid=blocks-m]").Input("0");

        ShouldShowUnderAnInputAndDisable(cut, "Lanczos needs at least one step (got 0).");
    }

    [Fact]
    public void Input_NegativeSigma_ShowsTheRequestsMessage()
    {
        var cut = Render<BlockSpectraPage>();

        cut.Find("input[data-testid=blocks-sigma]").Input("-1");

        ShouldShowUnderAnInputAndDisable(cut, "σ must be a positive number (got -1).");
    }

    [Fact]
    public void Input_CheckpointIterationBeyondTheTraining_ShowsTheRange()
    {
        var cut = Render<BlockSpectraPage>();

        cut.Find("input[data-testid=blocks-train-iterations]").Input("100");

        ShouldShowUnderAnInputAndDisable(cut, "Checkpoint iterations must lie in [0, 100].");
    }

    [Fact]
    public void Input_CheckpointListNotNumbers_NamesTheEntry()
    {
        var cut = Render<BlockSpectraPage>();

        cut.Find("input[data-testid=blocks-train-checkpoints]").Input("0, ten");

        ShouldShowUnderAnInputAndDisable(cut, "Checkpoint iterations: 'ten' is not a whole number.");
    }

    [Fact]
    public void Click_CheckpointSourceWithoutAny_AsksForOneAndSaysHowToGetOne()
    {
        var cut = Render<BlockSpectraPage>();

        cut.FindAll("[data-testid=blocks-source] .mud-toggle-item").Single(e => e.TextContent.Contains("checkpoint")).Click();

        ShouldShowUnderAnInputAndDisable(cut, "Checkpoint: choose a NanoGPT checkpoint");
        cut.Find("[data-testid=checkpoint-picker-empty]").TextContent.ShouldContain("No NanoGpt checkpoints yet");
    }

    [Fact]
    public void Click_SmokeSizeThenRun_SubmitsTheQuickRequest()
    {
        var cut = Render<BlockSpectraPage>();

        cut.Find("[data-testid=blocks-quick]").Click();
        cut.Find("[data-testid=blocks-run]").Click();

        var request = Runner.List().ShouldHaveSingleItem().Request.ShouldBeOfType<BlockSpectraRequest>();
        var quick = BlockSpectraRequest.Quick();
        (request.Blocks, request.Iterations, request.StartVectors, request.Checkpoint).ShouldBe((quick.Blocks, quick.Iterations, quick.StartVectors, null));
        TrainingKey(request).ShouldBe(TrainingKey(quick));
    }

    [Fact]
    public void Render_ExistingRun_RefillsTheFormWithItsRequest()
    {
        var training = BlockSpectraRequest.Quick().Training with { Iterations = 40, CheckpointIterations = [0, 20, 40], Seed = 3 };
        var submitted = new BlockSpectraRequest
        {
            Training = training, Iteration = 20, Blocks = 7, BatchSeed = 11, Iterations = 9, StartVectors = 3, StartSeed = 4,
            LayerNormWithSublayer = false, Sigma = 0.05, GridPoints = 300, Precision = ModelPrecision.Float64,
        };
        var run = Runner.Submit(submitted); // the runner is not started: the run stays queued

        var cut = Render<BlockSpectraPage>(p => p.Add(c => c.RunId, run.Id));

        (Value(cut, "blocks-batch"), Value(cut, "blocks-batch-seed"), Value(cut, "blocks-m"), Value(cut, "blocks-nv"), Value(cut, "blocks-start-seed"))
            .ShouldBe(("7", "11", "9", "3", "4"));
        (Value(cut, "blocks-sigma"), Value(cut, "blocks-grid"), Value(cut, "blocks-train-iterations"), Value(cut, "blocks-train-seed"))
            .ShouldBe(("0.05", "300", "40", "3"));
        Value(cut, "blocks-train-checkpoints").ShouldBe("0, 20, 40");
        cut.Find("[data-testid=blocks-iteration]").TextContent.ShouldContain("iteration 20");
        cut.Markup.ShouldContain("All LayerNorms (ln_1, ln_2, ln_f) in one"); // the switch's label when it is off
        cut.Find("[data-testid=blocks-run-view]").GetAttribute("data-run-id").ShouldBe(run.Id);
        RunButton(cut).HasAttribute("disabled").ShouldBeFalse();
    }
}
