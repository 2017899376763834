using HessianDashboard.Torch.Models;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Tests.Models;

public sealed class MlpTests
{
    [Fact]
    public void Module_ThesisConfig_HasPyTorchSequentialNamesAnd12730Parameters()
    {
        using var model = new Mlp(seed: 1);
        var named = model.Module.named_parameters().ToArray();
        named.Select(p => p.name).ShouldBe(["0.weight", "0.bias", "2.weight", "2.bias"]);
        named.Select(p => p.parameter.shape).ShouldBe([[16L, 784], [16L], [10L, 16], [10L]]);
        named.Sum(p => p.parameter.numel()).ShouldBe(12_730L);
        model.ParameterCount.ShouldBe(12_730L);
        named.ShouldAllBe(p => p.parameter.dtype == ScalarType.Float64);
    }

    [Fact]
    public void Describe_ThesisConfig_ListsNamesShapesAndConfig()
    {
        using var model = new Mlp(seed: 2);
        ModelDescription description = model.Describe();
        description.Kind.ShouldBe(ModelKind.Mlp);
        description.Config.ShouldBe("""{"input":784,"hidden":16,"classes":10}""");
        description.Parameters.Sum(p => p.Count).ShouldBe(description.ParameterCount);
        description.Parameters[0].ShouldBeEquivalentTo(new ModelParameter("0.weight", [16, 784]));
        (description.Device, description.Seed, description.Precision).ShouldBe(("cpu", 2, ModelPrecision.Float64));
    }

    [Fact]
    public void Constructor_SameSeed_SameParametersWithinPyTorchBounds()
    {
        using var a = new Mlp(seed: 7);
        using var b = new Mlp(seed: 7);
        using var c = new Mlp(seed: 8);
        double[] first = Flatten(a), second = Flatten(b), other = Flatten(c);
        first.ShouldBe(second);
        first.ShouldNotBe(other);
        double[] layer0 = a.Module.named_parameters().First().parameter.data<double>().ToArray();
        layer0.Max().ShouldBeLessThanOrEqualTo(1 / Math.Sqrt(784));
        layer0.Min().ShouldBeGreaterThanOrEqualTo(-1 / Math.Sqrt(784));
        layer0.Max().ShouldBeGreaterThan(0.9 / Math.Sqrt(784));
    }

    [Fact]
    public void Loss_SmallBatch_EqualsMeanCrossEntropyByHand()
    {
        using var scope = NewDisposeScope();
        using var model = new Mlp(new MlpConfig(3, 2, 4), seed: 3);
        Tensor x = tensor(new double[] { 0.1, 0.2, 0.3, -1, 0.5, 2 }, [2, 3], ScalarType.Float64);
        Tensor y = tensor(new long[] { 3, 0 });
        double[] logits = model.Logits(x).data<double>().ToArray();
        double expected = 0;
        for (int n = 0; n < 2; n++)
        {
            double[] row = logits.Skip(4 * n).Take(4).ToArray();
            double logSum = Math.Log(row.Sum(Math.Exp));
            expected += logSum - row[n == 0 ? 3 : 0];
        }
        model.Loss(x, y).item<double>().ShouldBe(expected / 2, 1e-14);
    }

    [Fact]
    public void Loss_Float32Selected_ComputesInFloat32()
    {
        using var scope = NewDisposeScope();
        using var model = new Mlp(new MlpConfig(3, 2, 4), precision: ModelPrecision.Float32);
        model.Loss(ones(2, 3), tensor(new long[] { 1, 2 })).dtype.ShouldBe(ScalarType.Float32);
    }

    [Fact]
    public void ValidateBatch_WrongShapesTypesOrClasses_ThrowsNamingShapes()
    {
        using var scope = NewDisposeScope();
        using var model = new Mlp(new MlpConfig(3, 2, 4));
        Should.Throw<ArgumentException>(() => model.Loss(ones(2, 5, ScalarType.Float64), tensor(new long[] { 0, 1 })))
            .Message.ShouldContain("[2, 5]");
        Should.Throw<ArgumentException>(() => model.Loss(ones(2, 3, ScalarType.Float32), tensor(new long[] { 0, 1 })))
            .Message.ShouldContain("Float32");
        Should.Throw<ArgumentException>(() => model.Loss(ones(2, 3, ScalarType.Float64), tensor(new long[] { 0, 1, 2 })))
            .Message.ShouldContain("targets [3]");
        Should.Throw<ArgumentException>(() => model.Loss(ones(2, 3, ScalarType.Float64), tensor(new long[] { 0, 4 })))
            .Message.ShouldContain("[0, 4)");
    }

    [Fact]
    public void Loss_DoubleBackward_MatchesFiniteDifferenceOfGradients()
    {
        using var scope = NewDisposeScope();
        using var model = new Mlp(new MlpConfig(20, 6, 5), seed: 11);
        var random = new Random(5);
        Tensor x = tensor(Enumerable.Range(0, 8 * 20).Select(_ => random.NextDouble()).ToArray(), [8, 20], ScalarType.Float64);
        Tensor y = tensor(Enumerable.Range(0, 8).Select(i => (long)(i % 5)).ToArray());
        HvpCheck.RelativeError(model, x, y, 1e-5, seed: 2).ShouldBeLessThan(1e-6);
    }

    private static double[] Flatten(Mlp model) =>
        model.Module.parameters().SelectMany(p => p.data<double>().ToArray()).ToArray();
}
