using HessianDashboard.Torch.Data;
using HessianDashboard.Torch.Data.Text;
using HessianDashboard.Torch.Hessian;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Probing;

namespace HessianDashboard.Torch.Tests.Probing;

public sealed class NetworkHessianTests
{
    /// <summary>24 seeded 8-pixel images in 3 classes.</summary>
    private static ImageDataset Images()
    {
        var random = new Random(4);
        var pixels = Enumerable.Range(0, 24 * 8).Select(_ => (float)random.NextDouble()).ToArray();
        return new ImageDataset("noise", pixels, [.. Enumerable.Range(0, 24).Select(i => i % 3)], 8, 3);
    }

    [Fact]
    public void IdentifyImages_SameModelAndBatch_IsTheBuiltHessiansFingerprintAndLayout()
    {
        using var model = new Mlp(new MlpConfig(8, 4, 3), seed: 1);
        var data = Images();
        var batch = ImageBatchSelection.Create(data.Count, 10, seed: 2);
        var options = new HessianOptions { ParameterPatterns = ["2.*"] };

        var identity = NetworkHessian.IdentifyImages(model, data, batch, options);
        using var built = NetworkHessian.ForImages(model, data, batch, options);

        identity.Fingerprint.ShouldBe(built.Fingerprint());
        identity.Dimension.ShouldBe(built.Dimension);
        identity.Dimension.ShouldBe(4 * 3 + 3);
        identity.ParameterNames.ShouldBe(built.ParameterNames);
        // Another batch, another group or another precision is another Hessian.
        NetworkHessian.IdentifyImages(model, data, ImageBatchSelection.Create(data.Count, 10, seed: 3), options).Fingerprint.ShouldNotBe(identity.Fingerprint);
        NetworkHessian.IdentifyImages(model, data, batch).Fingerprint.ShouldNotBe(identity.Fingerprint);
        using var single = new Mlp(new MlpConfig(8, 4, 3), seed: 1, ModelPrecision.Float32);
        NetworkHessian.IdentifyImages(single, data, batch, options with { Precision = HessianPrecision.Float32 }).Fingerprint.ShouldNotBe(identity.Fingerprint);
    }

    [Fact]
    public void IdentifyText_SameModelAndBlocks_IsTheBuiltHessiansFingerprint()
    {
        using var model = new NanoGpt(new NanoGptConfig(VocabularySize: 7, BlockSize: 5, Layers: 1, Heads: 2, Embedding: 8), seed: 3);
        int[] tokens = [.. Enumerable.Range(0, 12).Select(i => i * 5 % 7)];
        var blocks = new CharBatch([.. tokens[..10]], [.. tokens[1..11]], [0, 5], 5);

        var identity = NetworkHessian.IdentifyText(model, blocks);
        using var built = NetworkHessian.ForText(model, blocks);

        identity.Fingerprint.ShouldBe(built.Fingerprint());
        identity.Dimension.ShouldBe(built.Dimension);
        identity.ParameterNames.ShouldBe(built.ParameterNames);
    }
}
