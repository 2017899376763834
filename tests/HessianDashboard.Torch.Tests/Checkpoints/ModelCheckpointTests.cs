using HessianDashboard.Torch.Checkpoints;
using HessianDashboard.Torch.Models;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Tests.Checkpoints;

public sealed class ModelCheckpointTests : IDisposable
{
    private static readonly NanoGptConfig Tiny = new(VocabularySize: 7, BlockSize: 5, Layers: 2, Heads: 2, Embedding: 8);
    private readonly string _directory = Directory.CreateTempSubdirectory("hd-ckpt-").FullName;

    [Fact]
    public void Save_MlpThenLoad_SameParametersLossAndMetadata()
    {
        using var scope = NewDisposeScope();
        using var model = new Mlp(new MlpConfig(6, 4, 3), seed: 5);
        string path = Path.Combine(_directory, "mlp.safetensors");
        var metadata = new CheckpointMetadata(ModelKind.Mlp, ModelConfigJson.Write(model.Config), Seed: 5, Dataset: "toy", Epoch: 3, Optimizer: """{"sgd":0.1}""");
        ModelCheckpoint.Save(model, path, metadata);

        SafetensorsFile file = SafetensorsReader.Read(path);
        file.Tensors.Select(t => t.Name).ShouldBe(["0.weight", "0.bias", "2.weight", "2.bias"]);
        file.Tensors.ShouldAllBe(t => t.DType == SafetensorsDType.F64);
        CheckpointMetadata read = CheckpointMetadata.FromDictionary(file.Metadata)!;
        read.ShouldBe(metadata with { AppVersion = CheckpointMetadata.CurrentAppVersion, Extra = read.Extra });
        read.Extra.ShouldBeEmpty();

        using var loaded = (Mlp)CheckpointLoader.Load(path);
        loaded.Config.ShouldBe(model.Config);
        Tensor x = rand(5, 6, ScalarType.Float64);
        Tensor y = tensor(new long[] { 0, 1, 2, 0, 1 });
        loaded.Loss(x, y).item<double>().ShouldBe(model.Loss(x, y).item<double>());
    }

    [Fact]
    public void Save_NanoGptThenLoad_InfersConfigAndGivesIdenticalLoss()
    {
        using var scope = NewDisposeScope();
        using var model = new NanoGpt(Tiny, seed: 2, precision: ModelPrecision.Float32);
        string path = Path.Combine(_directory, "gpt.safetensors");
        ModelCheckpoint.Save(model, path, new CheckpointMetadata(ModelKind.NanoGpt, ModelConfigJson.Write(Tiny), Seed: 2, Iteration: 0));
        SafetensorsReader.Read(path).Tensors.ShouldAllBe(t => t.DType == SafetensorsDType.F32);

        using var loaded = (NanoGpt)CheckpointLoader.Load(path);
        loaded.Config.ShouldBe(Tiny);
        loaded.Precision.ShouldBe(ModelPrecision.Float32);
        Tensor x = tensor(new long[] { 1, 2, 3, 4, 5, 6, 0, 1, 2, 3 }, [2, 5]);
        loaded.Loss(x, x).item<float>().ShouldBe(model.Loss(x, x).item<float>());
    }

    [Fact]
    public void Load_Float32FileAsFloat64_WidensExactly()
    {
        using var model = new Mlp(new MlpConfig(6, 4, 3), seed: 5, precision: ModelPrecision.Float32);
        SafetensorsFile file = ModelCheckpoint.ToFile(model, new CheckpointMetadata(ModelKind.Mlp));
        using Mlp wide = CheckpointLoader.LoadMlp(file, ModelPrecision.Float64);
        wide.Precision.ShouldBe(ModelPrecision.Float64);
        double[] expected = model.Module.parameters().SelectMany(p => p.data<float>().ToArray()).Select(v => (double)v).ToArray();
        wide.Module.parameters().SelectMany(p => p.data<double>().ToArray()).ShouldBe(expected);
    }

    [Fact]
    public void Load_PyTorchExportWithTiedHeadAndMaskBuffers_AcceptedWithDefaultHeads()
    {
        using var model = new NanoGpt(Tiny with { Heads = 4 }, seed: 9);
        SafetensorsFile ours = ModelCheckpoint.ToFile(model, new CheckpointMetadata(ModelKind.NanoGpt));
        SafetensorsTensor wte = ours.Find("transformer.wte.weight")!;
        var export = new SafetensorsFile(
            [.. ours.Tensors, wte with { Name = "lm_head.weight" }, SafetensorsTensor.FromDoubles("transformer.h.0.attn.bias", [1, 1, 1, 1], [1])],
            new Dictionary<string, string> { ["format"] = "pt" });
        CheckpointLoader.InferKind(export).ShouldBe(ModelKind.NanoGpt);
        using NanoGpt loaded = CheckpointLoader.LoadNanoGpt(export);
        loaded.Config.ShouldBe(Tiny with { Heads = CheckpointLoader.DefaultHeads });

        var untied = export with { Tensors = [.. ours.Tensors, SafetensorsTensor.FromDoubles("lm_head.weight", wte.Shape, new double[wte.ElementCount])] };
        Should.Throw<SafetensorsFormatException>(() => CheckpointLoader.LoadNanoGpt(untied)).Message.ShouldContain("lm_head.weight' differs");
    }

    [Fact]
    public void LoadInto_MissingExtraOrMisShaped_NamesTensorAndBothShapes()
    {
        using var model = new Mlp(new MlpConfig(6, 4, 3));
        SafetensorsFile file = ModelCheckpoint.ToFile(model, new CheckpointMetadata(ModelKind.Mlp));
        var missing = file with { Tensors = file.Tensors.Where(t => t.Name != "2.bias").ToList() };
        Should.Throw<SafetensorsFormatException>(() => ModelCheckpoint.LoadInto(model, missing)).Message.ShouldContain("'2.bias' [3] is missing");
        var extra = file with { Tensors = [.. file.Tensors, SafetensorsTensor.FromDoubles("4.weight", [1], [0])] };
        Should.Throw<SafetensorsFormatException>(() => ModelCheckpoint.LoadInto(model, extra)).Message.ShouldContain("'4.weight' [1] is in the file but not in the model");
        var bigger = ModelCheckpoint.ToFile(new Mlp(new MlpConfig(6, 5, 3)), new CheckpointMetadata(ModelKind.Mlp));
        Should.Throw<SafetensorsFormatException>(() => ModelCheckpoint.LoadInto(model, bigger))
            .Message.ShouldContain("'0.weight' has shape [5, 6] in the file but [4, 6] in the model");
    }

    [Fact]
    public void InferNanoGptConfig_HeadsFromMetadataOrArgument_AndInvalidHeadsRejected()
    {
        using var model = new NanoGpt(Tiny);
        SafetensorsFile file = ModelCheckpoint.ToFile(model, new CheckpointMetadata(ModelKind.NanoGpt, ModelConfigJson.Write(Tiny)));
        CheckpointLoader.InferNanoGptConfig(file).ShouldBe(Tiny);
        CheckpointLoader.InferNanoGptConfig(file, heads: 8).Heads.ShouldBe(8);
        var plain = file with { Metadata = new Dictionary<string, string> { ["n_head"] = "1" } };
        CheckpointLoader.InferNanoGptConfig(plain).Heads.ShouldBe(1);
        Should.Throw<SafetensorsFormatException>(() => CheckpointLoader.InferNanoGptConfig(file, heads: 3)).Message.ShouldContain("n_head 3");
    }

    [Fact]
    public void Inspect_SavedNanoGpt_DescribesWithoutBuildingAndHashesTheFile()
    {
        using var model = new NanoGpt(Tiny, seed: 2);
        string path = Path.Combine(_directory, "gpt.safetensors");
        ModelCheckpoint.Save(model, path, new CheckpointMetadata(ModelKind.NanoGpt, ModelConfigJson.Write(Tiny), Seed: 2, Iteration: 250));
        CheckpointInfo info = CheckpointInfo.Inspect(path);
        (info.Kind, info.ParameterCount, info.DType).ShouldBe((ModelKind.NanoGpt, Tiny.ParameterCount, SafetensorsDType.F64));
        info.Config.ShouldBe(ModelConfigJson.Write(Tiny));
        info.Metadata!.Iteration.ShouldBe(250);
        info.Sha256.Length.ShouldBe(64);
        info.Sha256.ShouldBe(CheckpointInfo.Inspect(path).Sha256);
    }

    [Fact]
    public void InferKind_UnknownNames_Throws()
    {
        var file = new SafetensorsFile([SafetensorsTensor.FromDoubles("fc.weight", [1], [0])], new Dictionary<string, string>());
        Should.Throw<SafetensorsFormatException>(() => CheckpointLoader.InferKind(file)).Message.ShouldContain("0.weight");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
