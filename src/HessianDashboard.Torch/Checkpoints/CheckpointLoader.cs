using System.Globalization;
using System.Text.RegularExpressions;
using HessianDashboard.Torch.Models;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Checkpoints;

/// <summary>
/// Builds a model from a safetensors checkpoint, ours or a PyTorch export. The architecture comes
/// from the metadata's <c>model</c> key or else from the names (<c>0.weight</c> → MLP,
/// <c>transformer.wte.weight</c> → nanoGPT); sizes are inferred from shapes: MLP from
/// <c>0.weight</c> [hidden, input] and <c>2.weight</c> [classes, hidden]; nanoGPT vocabulary and
/// n_embd from wte [V, C], block size from wpe [T, C], n_layer from the number of
/// <c>transformer.h.{i}</c> blocks. n_head cannot be inferred from shapes: it is taken from the
/// argument, else the metadata (<c>n_head</c> or the config JSON), else <see cref="DefaultHeads"/>.
/// </summary>
public static partial class CheckpointLoader
{
    /// <summary>The n_head assumed when neither the caller nor the metadata gives one (the thesis model's 4).</summary>
    public const int DefaultHeads = 4;

    /// <summary>Reads <paramref name="path"/> and builds its model in <paramref name="precision"/> (default: the file's dtype) on <paramref name="device"/>.</summary>
    public static ILossModel Load(string path, ModelPrecision? precision = null, Device? device = null) =>
        Load(SafetensorsReader.Read(path), precision, device);

    /// <summary>Builds the file's model (see the class remarks for the inference rules).</summary>
    public static ILossModel Load(SafetensorsFile file, ModelPrecision? precision = null, Device? device = null) =>
        InferKind(file) == ModelKind.NanoGpt ? LoadNanoGpt(file, precision, device) : LoadMlp(file, precision, device);

    /// <summary>The architecture named by the metadata, else recognised from the tensor names.</summary>
    public static ModelKind InferKind(SafetensorsFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Metadata.TryGetValue("model", out string? kind)) return CheckpointMetadata.ParseKind(kind);
        if (file.Contains("transformer.wte.weight")) return ModelKind.NanoGpt;
        if (file.Contains("0.weight")) return ModelKind.Mlp;
        throw new SafetensorsFormatException(
            "The checkpoint has neither 'transformer.wte.weight' (nanoGPT) nor '0.weight' (MLP) and no 'model' metadata.");
    }

    /// <summary>MLP sizes from the shapes of <c>0.weight</c> and <c>2.weight</c>.</summary>
    public static MlpConfig InferMlpConfig(SafetensorsFile file)
    {
        SafetensorsTensor first = Require(file, "0.weight", 2), second = Require(file, "2.weight", 2);
        return new MlpConfig((int)first.Shape[1], (int)first.Shape[0], (int)second.Shape[0]);
    }

    /// <summary>nanoGPT configuration from shapes, with n_head from <paramref name="heads"/>, the metadata or <see cref="DefaultHeads"/>.</summary>
    public static NanoGptConfig InferNanoGptConfig(SafetensorsFile file, int? heads = null)
    {
        SafetensorsTensor wte = Require(file, "transformer.wte.weight", 2), wpe = Require(file, "transformer.wpe.weight", 2);
        int layers = file.Tensors.Select(t => BlockIndex().Match(t.Name)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Count();
        var config = new NanoGptConfig((int)wte.Shape[0], (int)wpe.Shape[0], layers,
            heads ?? ModelConfigJson.ReadHeads(file.Metadata) ?? DefaultHeads, (int)wte.Shape[1]);
        if (wpe.Shape[1] != wte.Shape[1])
            throw new SafetensorsFormatException($"'transformer.wpe.weight' {wpe.ShapeText} and 'transformer.wte.weight' {wte.ShapeText} differ in n_embd.");
        try
        {
            config.Validate();
        }
        catch (ArgumentException e)
        {
            throw new SafetensorsFormatException($"The inferred nanoGPT configuration is invalid: {e.Message}", e);
        }
        return config;
    }

    /// <summary>An MLP with the file's sizes and parameters.</summary>
    public static Mlp LoadMlp(SafetensorsFile file, ModelPrecision? precision = null, Device? device = null)
    {
        var model = new Mlp(InferMlpConfig(file), SeedOf(file), precision ?? PrecisionOf(file), device);
        return Fill(model, file);
    }

    /// <summary>A nanoGPT with the file's configuration and parameters (evaluation mode, dropout 0).</summary>
    public static NanoGpt LoadNanoGpt(SafetensorsFile file, ModelPrecision? precision = null, Device? device = null, int? heads = null)
    {
        var model = new NanoGpt(InferNanoGptConfig(file, heads), SeedOf(file), precision ?? PrecisionOf(file), device);
        return Fill(model, file);
    }

    private static T Fill<T>(T model, SafetensorsFile file) where T : ILossModel
    {
        try
        {
            ModelCheckpoint.LoadInto(model, file);
            return model;
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    private static SafetensorsTensor Require(SafetensorsFile file, string name, int rank)
    {
        ArgumentNullException.ThrowIfNull(file);
        SafetensorsTensor tensor = file.Find(name) ?? throw new SafetensorsFormatException($"The checkpoint has no tensor '{name}'.");
        if (tensor.Shape.Length != rank || tensor.Shape.Any(d => d < 1 || d > int.MaxValue))
            throw new SafetensorsFormatException($"Tensor '{name}' has shape {tensor.ShapeText}; expected {rank} positive dimensions.");
        return tensor;
    }

    private static int SeedOf(SafetensorsFile file) => CheckpointMetadata.FromDictionary(file.Metadata)?.Seed ?? 0;

    private static ModelPrecision PrecisionOf(SafetensorsFile file) =>
        file.Tensors.Count > 0 && file.Tensors[0].DType == SafetensorsDType.F32 ? ModelPrecision.Float32 : ModelPrecision.Float64;

    [GeneratedRegex(@"^transformer\.h\.(\d+)\.")]
    private static partial Regex BlockIndex();
}
