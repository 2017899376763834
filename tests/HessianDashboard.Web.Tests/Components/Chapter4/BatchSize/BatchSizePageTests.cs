using AngleSharp.Dom;
using Bunit;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Pages.Chapter4;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Chapter4.BatchSize;

/// <summary>The batch-size form: the thesis' settings valid, the request's messages under the inputs, a run's page refilled from its request.</summary>
public sealed class BatchSizePageTests : DashboardTestContext
{
    private static IElement RunButton(IRenderedComponent<BatchSizePage> cut) => cut.Find("[data-testid=batch-run]");

    private static void ShouldShowAndDisable(IRenderedComponent<BatchSizePage> cut, string message) =>
        cut.WaitForAssertion(() =>
        {
            cut.Find("[data-testid=batch-errors]").TextContent.ShouldContain(message);
            RunButton(cut).HasAttribute("disabled").ShouldBeTrue();
        });

    [Fact]
    public void Render_Defaults_ThesisSettingsAreValidAndThePlanCountsTheRuns()
    {
        var cut = Render<BatchSizePage>();

        RunButton(cut).HasAttribute("disabled").ShouldBeFalse();
        cut.Find("input[data-testid=batch-samples]").GetAttribute("value").ShouldBe("10000");
        cut.Find("input[data-testid=batch-sizes]").GetAttribute("value").ShouldBe("1, 10, 100, 1000");
        cut.Find("input[data-testid=batch-repeats]").GetAttribute("value").ShouldBe("3");
        cut.Find("input[data-testid=batch-m]").GetAttribute("value").ShouldBe("100");
        cut.Find("[data-testid=batch-plan]").TextContent.ShouldContain("sizes 1, 10, 100, 1000 and the full batch × 3 = 15 Lanczos runs of m = 100");
        cut.FindAll("[data-testid=checkpoint-picker]").ShouldBeEmpty(); // the chapter-4 model is trained (or reused) by default
        cut.FindAll("[data-testid=batch-errors]").ShouldBeEmpty();
    }

    [Fact]
    public void Input_SizesAtOrAboveTheSamples_AreTheFullBatchInThePlan()
    {
        var cut = Render<BatchSizePage>();

        cut.Find("input[data-testid=batch-samples]").Input("1000");

        cut.WaitForAssertion(() => cut.Find("[data-testid=batch-plan]").TextContent
            .ShouldContain("sizes 1, 10, 100 and the full batch × 3 = 12 Lanczos runs"));
    }

    [Theory]
    [InlineData("batch-sizes", "1, ten", "Batch sizes: 'ten' is not a whole number.")]
    [InlineData("batch-sizes", "0, 10", "Batch sizes must be positive.")]
    [InlineData("batch-sizes", "", "Give at least one batch size.")]
    [InlineData("batch-repeats", "0", "Repeats must lie in [1, 100] (got 0).")]
    [InlineData("batch-m", "0", "Iterations m must be at least 1 (got 0).")]
    [InlineData("batch-samples", "1", "Samples must be at least 2 (got 1).")]
    [InlineData("batch-epochs", "0", "Epochs must be at least 1 (got 0).")]
    public void Input_Invalid_ShowsTheMessageUnderTheInputAndDisablesRun(string field, string value, string message)
    {
        var cut = Render<BatchSizePage>();

        cut.Find($"input[data-testid={field}]").Input(value);

        ShouldShowAndDisable(cut, message);
        cut.WaitForAssertion(() => cut.Find($"input[data-testid={field}]").Closest(".mud-input-control")!.TextContent.ShouldContain(message));
    }

    [Fact]
    public void Input_UnreadableSize_SaysWhichAndNotThatThereAreNone()
    {
        var cut = Render<BatchSizePage>();

        cut.Find("input[data-testid=batch-sizes]").Input("1, 1e3");

        ShouldShowAndDisable(cut, "Batch sizes: '1e3' is not a whole number.");
        cut.Find("[data-testid=batch-errors]").TextContent.ShouldNotContain("Give at least one");
    }

    [Fact]
    public void Click_CheckpointWithoutAny_AsksForOneAndSaysHowToGetOne()
    {
        var cut = Render<BatchSizePage>();

        cut.FindAll("[data-testid=batch-source] .mud-toggle-item").Single(e => e.TextContent.Contains("Checkpoint")).Click();

        ShouldShowAndDisable(cut, "Checkpoint: choose one (or train the chapter-4 model).");
        cut.Find("[data-testid=checkpoint-picker-empty]").TextContent.ShouldContain("No Mlp checkpoints yet");
        cut.FindAll("input[data-testid=batch-epochs]").ShouldBeEmpty(); // nothing is trained for a given checkpoint
    }

    [Fact]
    public void Render_RunPage_RefillsTheFormFromTheRunsRequest()
    {
        var request = new BatchSizeStudyRequest
        {
            Dataset = "fashion-mnist", Samples = 500, Epochs = 2, TrainingSeed = 7, BatchSizes = [5, 50], Repeats = 2, Iterations = 30,
            BatchSeed = 11, StartSeed = 3, ParameterPatterns = ["0.bias", "2.*"], SpuriousTolerance = 0.01,
        };
        var run = Runner.Submit(request); // the runner is not started: the run stays queued

        var cut = Render<BatchSizePage>(p => p.Add(x => x.RunId, run.Id));

        string Value(string id) => cut.Find($"input[data-testid={id}]").GetAttribute("value")!;
        Value("batch-samples").ShouldBe("500");
        Value("batch-epochs").ShouldBe("2");
        Value("batch-training-seed").ShouldBe("7");
        Value("batch-sizes").ShouldBe("5, 50");
        Value("batch-repeats").ShouldBe("2");
        Value("batch-m").ShouldBe("30");
        Value("batch-seed").ShouldBe("11");
        Value("batch-start-seed").ShouldBe("3");
        Value("batch-patterns").ShouldBe("0.bias 2.*");
        Value("batch-tolerance").ShouldBe("0.01");
        cut.Find("[data-testid=batch-run-view]").GetAttribute("data-run-id").ShouldBe(run.Id);
        cut.Find("[data-testid=batch-ladder-waiting]");
    }

    [Fact]
    public void Render_UnknownRun_SaysSo()
    {
        var cut = Render<BatchSizePage>(p => p.Add(x => x.RunId, "0123456789ab"));

        cut.Find("[data-testid=batch-run-missing]").TextContent.ShouldContain("There is no run '0123456789ab'");
    }
}
