using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Torch.Hessian;
using HessianDashboard.Torch.Models;

namespace HessianDashboard.Experiments.Tests.Chapter4;

public sealed class NanoGptBlocksTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void For_TwoLayerModel_EveryParameterInExactlyOneBlock(bool layerNormWithSublayer)
    {
        var config = new NanoGptConfig(VocabularySize: 11, BlockSize: 8, Layers: 2, Heads: 2, Embedding: 8);
        using var model = new NanoGpt(config, 0, ModelPrecision.Float64, TorchSharp.torch.CPU);
        var all = ParameterGroup.Select(model.Module);
        var blocks = NanoGptBlocks.For(config.Layers, layerNormWithSublayer);
        blocks.Select(b => b.Name).ShouldBe(["embedding", "h0.attn", "h0.mlp", "h1.attn", "h1.mlp", layerNormWithSublayer ? "ln_f" : "layer norms"]);
        var covered = blocks.SelectMany(b => ParameterGroup.Select(model.Module, b.Patterns).Names).ToList();
        covered.Order().ShouldBe(all.Names.Order());
        blocks.Sum(b => ParameterGroup.Select(model.Module, b.Patterns).Dimension).ShouldBe(all.Dimension);
    }

    [Fact]
    public void For_NoLayers_Throws() => Should.Throw<ArgumentException>(() => NanoGptBlocks.For(0));
}
