using HessianDashboard.Torch.Models;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Tests.Models;

public sealed class NanoGptTests
{
    private static readonly NanoGptConfig Tiny = new(VocabularySize: 7, BlockSize: 5, Layers: 2, Heads: 2, Embedding: 8);

    [Fact]
    public void Module_ThesisConfig_HasNanoGptNamesAnd804096Parameters()
    {
        using var model = new NanoGpt(precision: ModelPrecision.Float32);
        var names = model.Module.named_parameters().Select(p => p.name).ToList();
        var expected = new List<string> { "transformer.wte.weight", "transformer.wpe.weight" };
        for (int i = 0; i < 4; i++)
        {
            expected.AddRange([$"transformer.h.{i}.ln_1.weight", $"transformer.h.{i}.attn.c_attn.weight", $"transformer.h.{i}.attn.c_proj.weight",
                $"transformer.h.{i}.ln_2.weight", $"transformer.h.{i}.mlp.c_fc.weight", $"transformer.h.{i}.mlp.c_proj.weight"]);
        }
        expected.Add("transformer.ln_f.weight");
        names.ShouldBe(expected);
        long byFormula = 65 * 128 + 64 * 128 + 4 * (2 * 128 + 128 * 384 + 128 * 128 + 128 * 512 + 512 * 128) + 128;
        byFormula.ShouldBe(804_096L);
        model.Module.parameters().Sum(p => p.numel()).ShouldBe(byFormula);
        model.ParameterCount.ShouldBe(byFormula);
    }

    [Fact]
    public void Logits_ThesisConfigFullBlock_GivesVocabularyLogitsPerPosition()
    {
        using var scope = NewDisposeScope();
        using var model = new NanoGpt(precision: ModelPrecision.Float32);
        Tensor tokens = arange(64L).remainder(65).reshape(1, 64);
        model.Logits(tokens).shape.ShouldBe([1L, 64, 65]);
        model.Describe().Config.ShouldBe("""{"vocab_size":65,"block_size":64,"n_layer":4,"n_head":4,"n_embd":128,"dropout":0,"bias":false}""");
        // At initialisation the logits of other tokens are nearly uniform: the next-token loss is close
        // to ln 65 ≈ 4.17 (slightly above: each position's own token gets a larger tied-head logit).
        float loss = model.Loss(tokens, tokens.add(1).remainder(65)).item<float>();
        loss.ShouldBeGreaterThan((float)Math.Log(65));
        loss.ShouldBeLessThan((float)Math.Log(65) + 0.25f);
    }

    [Fact]
    public void Constructor_Seeded_ReproducibleWithNanoGptScales()
    {
        using var a = new NanoGpt(Tiny with { Embedding = 32, VocabularySize = 60 }, seed: 4);
        using var b = new NanoGpt(Tiny with { Embedding = 32, VocabularySize = 60 }, seed: 4);
        var pa = a.Module.named_parameters().ToDictionary(p => p.name, p => p.parameter.data<double>().ToArray());
        var pb = b.Module.named_parameters().ToDictionary(p => p.name, p => p.parameter.data<double>().ToArray());
        pa.Keys.ShouldBe(pb.Keys);
        foreach (string name in pa.Keys) pa[name].ShouldBe(pb[name]);
        pa["transformer.ln_f.weight"].ShouldAllBe(w => w == 1.0);
        Std(pa["transformer.h.0.mlp.c_fc.weight"]).ShouldBe(0.02, 0.002);
        Std(pa["transformer.h.0.mlp.c_proj.weight"]).ShouldBe(0.02 / Math.Sqrt(4), 0.001);
    }

    [Fact]
    public void Logits_FutureTokensChanged_EarlierLogitsUnchanged()
    {
        using var scope = NewDisposeScope();
        using var model = new NanoGpt(Tiny, seed: 1);
        Tensor a = model.Logits(tensor(new long[] { 1, 2, 3, 4, 5 }, [1, 5]));
        Tensor b = model.Logits(tensor(new long[] { 1, 2, 3, 6, 0 }, [1, 5]));
        a.shape.ShouldBe([1L, 5, 7]);
        a[.., ..3].allclose(b[.., ..3], 0, 1e-14).ShouldBeTrue();
        a[.., 3].allclose(b[.., 3], 0, 1e-6).ShouldBeFalse();
    }

    [Fact]
    public void Loss_DropoutInEvaluation_IsDeterministicAndRandomInTraining()
    {
        using var scope = NewDisposeScope();
        using var model = new NanoGpt(Tiny with { Dropout = 0.5 }, seed: 1);
        Tensor x = tensor(new long[] { 1, 2, 3, 4, 5, 0, 1, 2, 3, 4 }, [2, 5]);
        Tensor y = x.roll(1, 1);
        model.IsTraining.ShouldBeFalse();
        model.Loss(x, y).item<double>().ShouldBe(model.Loss(x, y).item<double>());
        model.SetTraining(true);
        model.Loss(x, y).item<double>().ShouldNotBe(model.Loss(x, y).item<double>());
    }

    [Fact]
    public void Loss_TrainingModeSameDropoutSeed_SameMasksWhateverElseDrawsFromTorch()
    {
        using var scope = NewDisposeScope();
        using var a = new NanoGpt(Tiny with { Dropout = 0.5 }, seed: 1);
        using var b = new NanoGpt(Tiny with { Dropout = 0.5 }, seed: 1);
        Tensor x = tensor(new long[] { 1, 2, 3, 4, 5, 0, 1, 2, 3, 4 }, [2, 5]);
        a.SetTraining(true);
        b.SetTraining(true);
        double first = a.Loss(x, x).item<double>();
        _ = rand(1000); // the global generator moves; the models' own do not
        b.Loss(x, x).item<double>().ShouldBe(first);
        a.ReseedDropout(1);
        a.Loss(x, x).item<double>().ShouldBe(first);
    }

    [Fact]
    public void ValidateBatch_BadTokens_ThrowsBeforeLibtorch()
    {
        using var scope = NewDisposeScope();
        using var model = new NanoGpt(Tiny);
        Tensor ok = zeros(2, 5, ScalarType.Int64);
        Should.Throw<ArgumentException>(() => model.Loss(zeros(2, 6, ScalarType.Int64), zeros(2, 6, ScalarType.Int64))).Message.ShouldContain("block_size 5");
        Should.Throw<ArgumentException>(() => model.Loss(zeros(2, 5, ScalarType.Float64), ok)).Message.ShouldContain("Float64");
        Should.Throw<ArgumentException>(() => model.Loss(full(2, 5, 7L), ok)).Message.ShouldContain("[0, 7)");
        Should.Throw<ArgumentException>(() => model.Loss(ok, zeros(2, 4, ScalarType.Int64))).Message.ShouldContain("[2, 4]");
        Should.Throw<ArgumentException>(() => model.Loss(ok, full(2, 5, -1L))).Message.ShouldContain("target token");
    }

    [Fact]
    public void Loss_DoubleBackward_MatchesFiniteDifferenceOfGradients()
    {
        using var scope = NewDisposeScope();
        using var model = new NanoGpt(Tiny, seed: 3);
        var random = new Random(9);
        Tensor x = tensor(Enumerable.Range(0, 15).Select(_ => (long)random.Next(7)).ToArray(), [3, 5]);
        Tensor y = tensor(Enumerable.Range(0, 15).Select(_ => (long)random.Next(7)).ToArray(), [3, 5]);
        HvpCheck.RelativeError(model, x, y, 1e-5, seed: 2).ShouldBeLessThan(1e-6);
    }

    private static double Std(double[] values)
    {
        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
    }
}
