using AngleSharp.Dom;
using Bunit;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Torch.Models;
using HessianDashboard.Web.Components.Pages.Chapter4;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Chapter4;

/// <summary>The NanoGPT trajectory form: thesis defaults (float32 products, the time warning), validation, refill.</summary>
public sealed class NanoGptPageTests : DashboardTestContext
{
    private static IElement RunButton(IRenderedComponent<NanoGptPage> cut) => cut.Find("[data-testid=nanogpt-run]");

    private static void ShouldShowAndDisable(IRenderedComponent<NanoGptPage> cut, string message) =>
        cut.WaitForAssertion(() =>
        {
            cut.Find("[data-testid=nanogpt-errors]").TextContent.ShouldContain(message);
            RunButton(cut).HasAttribute("disabled").ShouldBeTrue();
        });

    [Fact]
    public void Render_Defaults_ThesisSizeIsValidWithFloat32AndTheTimeWarning()
    {
        var cut = Render<NanoGptPage>();

        RunButton(cut).HasAttribute("disabled").ShouldBeFalse();
        cut.Find("input[data-testid=nanogpt-checkpoints]").GetAttribute("value").ShouldBe("0, 250, 500, 1000, 1500, 2000");
        cut.Find("input[data-testid=nanogpt-blocks]").GetAttribute("value").ShouldBe("400");
        cut.Markup.ShouldContain("25,600 tokens");
        cut.Find("[data-testid=nanogpt-precision]").TextContent.ShouldContain("float32");
        string warning = cut.Find("[data-testid=nanogpt-time]").TextContent;
        warning.ShouldContain("about 6 min per checkpoint plus about 50 min of training");
        warning.ShouldContain("≈ 6 min 00 s per checkpoint × 6 + 50 min 00 s training (unless reused) ≈ 1 h 26 min");
    }

    [Fact]
    public void Input_CheckpointBeyondTheTraining_ShowsTheRange()
    {
        var cut = Render<NanoGptPage>();

        cut.Find("input[data-testid=nanogpt-training-iterations]").Input("1000");

        ShouldShowAndDisable(cut, "Checkpoint iterations must lie in [0, 1000].");
        cut.FindAll(".mud-input-helper-text.mud-input-error").Select(e => e.TextContent).ShouldContain(t => t.Contains("must lie in [0, 1000]"));
    }

    [Fact]
    public void Input_NoBlocks_ShowsTheRequestsMessage()
    {
        var cut = Render<NanoGptPage>();

        cut.Find("input[data-testid=nanogpt-blocks]").Input("0");

        ShouldShowAndDisable(cut, "The Hessian batch needs at least one block (got 0).");
    }

    [Fact]
    public void Input_EmptyCheckpoints_AsksForOne()
    {
        var cut = Render<NanoGptPage>();

        cut.Find("input[data-testid=nanogpt-checkpoints]").Input("");

        ShouldShowAndDisable(cut, "Name at least one checkpoint iteration.");
    }

    [Fact]
    public void ToRequest_QuickSizesTyped_IsTheQuickRequest()
    {
        var model = new Web.Components.Chapter4.Trajectory.NanoGptFormModel
        {
            TrainingIterations = 4, EvalInterval = 2, EvalIterations = 2, Checkpoints = "0, 2, 4", Blocks = 8, Iterations = 10,
        };

        var request = model.ToRequest();

        var quick = NanoGptTrajectoryRequest.Quick();
        Sans(request.Training).ShouldBe(Sans(quick.Training));
        request.Training.CheckpointIterations.ShouldBe(quick.Training.CheckpointIterations);
        (request.Blocks, request.Iterations, request.Precision).ShouldBe((quick.Blocks, quick.Iterations, ModelPrecision.Float32));
        Sans(new Web.Components.Chapter4.Trajectory.NanoGptFormModel().ToRequest().Training).ShouldBe(Sans(new NanoGptTrajectoryRequest().Training),
            "the thesis form trains exactly the default run, so the artifact store can reuse it");
    }

    private static readonly int[] NoCheckpoints = [];

    // The options compare as records; their checkpoint lists are arrays (compared apart).
    private static Torch.Training.NanoGptTrainingOptions Sans(Torch.Training.NanoGptTrainingOptions options) => options with { CheckpointIterations = NoCheckpoints };

    [Fact]
    public void Render_RunPage_RefillsTheFormIncludingThePrecision()
    {
        var run = Runner.Submit(NanoGptTrajectoryRequest.Quick() with { Precision = ModelPrecision.Float64, Blocks = 16 });

        var cut = Render<NanoGptPage>(p => p.Add(x => x.RunId, run.Id));

        cut.Find("input[data-testid=nanogpt-checkpoints]").GetAttribute("value").ShouldBe("0, 2, 4");
        cut.Find("input[data-testid=nanogpt-blocks]").GetAttribute("value").ShouldBe("16");
        cut.Find("input[data-testid=nanogpt-training-iterations]").GetAttribute("value").ShouldBe("4");
        cut.Find("[data-testid=nanogpt-precision]").TextContent.ShouldContain("float64");
        cut.Find("[data-testid=trajectory-precision]").TextContent.ShouldContain("float64");
    }
}
