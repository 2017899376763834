using HessianDashboard.Torch.Hessian;
using HessianDashboard.Torch.Tests.TestSupport;

namespace HessianDashboard.Torch.Tests.Hessian;

public sealed class HessianVectorProductChunkTests
{
    [Theory]
    [InlineData(ChunkGraphPolicy.RetainAll, 7)]
    [InlineData(ChunkGraphPolicy.RecomputePerProduct, 7)]
    [InlineData(ChunkGraphPolicy.RetainAll, 1)]
    [InlineData(ChunkGraphPolicy.RecomputePerProduct, 100)]
    public void Apply_Chunked_EqualsUnchunkedMeanLossHessian(ChunkGraphPolicy policy, int chunkSize)
    {
        using var model = TestModels.SigmoidNet(5, 4, 3, seed: 30);
        using var inputs = TestData.Matrix(TestData.Gaussian(23 * 5, 31), 23, 5);
        using var targets = TestData.Classes(23, 3, 32);
        using var whole = new HessianVectorProduct(model, inputs, targets);
        using var chunked = new HessianVectorProduct(model, inputs, targets, new HessianOptions { ChunkSize = chunkSize, ChunkPolicy = policy });
        chunked.ChunkCount.ShouldBe((23 + Math.Min(chunkSize, 23) - 1) / Math.Min(chunkSize, 23));
        var v = TestData.Gaussian(whole.Dimension, 33);
        TestData.RelativeError(TestData.Apply(chunked, v), TestData.Apply(whole, v)).ShouldBeLessThan(1e-12);
        TestData.RelativeError(chunked.Gradient(), whole.Gradient()).ShouldBeLessThan(1e-12);
        chunked.Loss.ShouldBe(whole.Loss, 1e-12 * whole.Loss);
    }

    [Theory]
    [InlineData(ChunkGraphPolicy.RetainAll)]
    [InlineData(ChunkGraphPolicy.RecomputePerProduct)]
    public void Apply_BuiltInsideCallersDisposeScope_OutlivesTheScope(ChunkGraphPolicy policy)
    {
        using var model = TestModels.SigmoidNet(4, 3, 2, seed: 38);
        using var inputs = TestData.Matrix(TestData.Gaussian(9 * 4, 39), 9, 4);
        using var targets = TestData.Classes(9, 2, 40);
        using var reference = new HessianVectorProduct(model, inputs, targets);
        HessianVectorProduct hvp;
        using (TorchSharp.torch.NewDisposeScope())
            hvp = new HessianVectorProduct(model, inputs, targets, new HessianOptions { ChunkSize = 4, ChunkPolicy = policy });
        using (hvp)
        {
            var v = TestData.Gaussian(hvp.Dimension, 41);
            TestData.RelativeError(TestData.Apply(hvp, v), TestData.Apply(reference, v)).ShouldBeLessThan(1e-12);
        }
    }

    [Fact]
    public void Apply_ParameterGroup_EqualsSubBlockOfFullHessian()
    {
        using var model = TestModels.SigmoidNet(4, 3, 2, seed: 34);
        using var inputs = TestData.Matrix(TestData.Gaussian(12 * 4, 35), 12, 4);
        using var targets = TestData.Classes(12, 2, 36);
        using var full = new HessianVectorProduct(model, inputs, targets);
        using var block = new HessianVectorProduct(model, inputs, targets, new HessianOptions { ParameterPatterns = ["2.*", "0.b?as"] });
        block.Parameters.Names.ShouldBe(["0.bias", "2.weight", "2.bias"]);
        var h = ExactHessian.Compute(full);
        var b = ExactHessian.Compute(block);
        // Indices of the selected parameters inside the full flat vector.
        var index = new List<int>();
        for (int p = 0; p < full.Parameters.Names.Count; p++)
            if (block.Parameters.Names.Contains(full.Parameters.Names[p]))
                for (long k = 0; k < full.Parameters.Sizes[p]; k++) index.Add((int)(full.Parameters.Offsets[p] + k));
        index.Count.ShouldBe(block.Dimension);
        double scale = h.Values.Max(Math.Abs);
        for (int i = 0; i < index.Count; i++)
            for (int j = 0; j < index.Count; j++)
                b[i, j].ShouldBe(h[index[i], index[j]], 1e-13 * scale);
    }

    [Fact]
    public void Select_NoMatch_ListsTheParameterNames()
    {
        using var model = TestModels.SigmoidNet(3, 2, 2, seed: 37);
        Should.Throw<ArgumentException>(() => ParameterGroup.Select(model.Module, ["transformer.h.0.attn.*"]))
            .Message.ShouldContain("0.weight, 0.bias, 2.weight, 2.bias");
        ParameterGroup.Matches("transformer.h.0.attn.*", "transformer.h.0.attn.c_attn.weight").ShouldBeTrue();
        ParameterGroup.Matches("transformer.h.0.attn.*", "transformer.h.10.attn.c_attn.weight").ShouldBeFalse();
        ParameterGroup.Select(model.Module).Dimension.ShouldBe(3 * 2 + 2 + 2 * 2 + 2);
    }
}
