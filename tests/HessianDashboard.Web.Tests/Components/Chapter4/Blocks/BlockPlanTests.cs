using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Torch.Models;
using HessianDashboard.Web.Components.Chapter4.Blocks;

namespace HessianDashboard.Web.Tests.Components.Chapter4.Blocks;

/// <summary>The live list's plan: the experiment's blocks in its order, with parameter counts the run confirms.</summary>
public sealed class BlockPlanTests(TinyBlockSpectra tiny) : IClassFixture<TinyBlockSpectra>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void For_ThesisConfig_PartitionsEveryParameterInTheExperimentsOrder(bool layerNormWithSublayer)
    {
        var plan = BlockPlan.For(NanoGptConfig.Thesis, layerNormWithSublayer);

        plan.Blocks.Select(b => b.Name).ShouldBe(NanoGptBlocks.For(4, layerNormWithSublayer).Select(b => b.Name));
        plan.Blocks.Sum(b => b.Parameters).ShouldBe(804_096);
        plan.Blocks.ShouldAllBe(b => b.Parameters > 0);
        plan.Blocks[0].Parameters.ShouldBe((65 + 64) * 128);
    }

    [Fact]
    public void For_TinyRequest_CountsAreTheDimensionsTheRunReports()
    {
        var result = tiny.Result;

        var plan = BlockPlan.For(TinyBlockSpectra.Request).ShouldNotBeNull();

        plan.Blocks.Select(b => b.Name).ShouldBe(result.Blocks.Select(b => b.Name));
        plan.Blocks.Select(b => b.Parameters).ShouldBe(result.Blocks.Select(b => (long)b.Dimension));
    }

    [Fact]
    public void For_CheckpointOfTheTinyRun_ReadsItsShape()
    {
        var result = tiny.Result;

        var plan = BlockPlan.For(new BlockSpectraRequest { Checkpoint = result.Checkpoint }).ShouldNotBeNull();

        plan.Blocks.Select(b => b.Parameters).ShouldBe(result.Blocks.Select(b => (long)b.Dimension));
    }

    [Fact]
    public void For_MissingCheckpoint_IsNull() =>
        BlockPlan.For(new BlockSpectraRequest { Checkpoint = "/nonexistent/model.safetensors" }).ShouldBeNull();
}
