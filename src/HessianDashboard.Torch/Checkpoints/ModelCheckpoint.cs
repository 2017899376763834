using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using HessianDashboard.Torch.Models;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Checkpoints;

/// <summary>
/// Model parameters ⇄ safetensors, by PyTorch name. Saving writes every named parameter in the
/// model's dtype; loading is strict: a missing, extra or mis-shaped tensor fails with its name and
/// both shapes. Two nanoGPT extras are accepted: <c>lm_head.weight</c> (the tied head, which must
/// equal <c>transformer.wte.weight</c>) and the causal-mask buffers <c>transformer.h.{i}.attn.bias</c>
/// that nanoGPT saves when flash attention is unavailable.
/// </summary>
public static partial class ModelCheckpoint
{
    /// <summary>The model's parameters and <paramref name="metadata"/> as a safetensors file.</summary>
    public static SafetensorsFile ToFile(ILossModel model, CheckpointMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(metadata);
        var tensors = new List<SafetensorsTensor>();
        using var _ = no_grad();
        foreach (var (name, parameter) in model.Module.named_parameters())
        {
            using Tensor cpuCopy = parameter.detach().cpu().contiguous();
            tensors.Add(cpuCopy.dtype == ScalarType.Float32
                ? SafetensorsTensor.FromSingles(name, cpuCopy.shape, cpuCopy.data<float>().ToArray())
                : SafetensorsTensor.FromDoubles(name, cpuCopy.shape, cpuCopy.to_type(ScalarType.Float64).data<double>().ToArray()));
        }
        return new SafetensorsFile(tensors, metadata.ToDictionary());
    }

    /// <summary>Writes the model's parameters and metadata to <paramref name="path"/>.</summary>
    public static void Save(ILossModel model, string path, CheckpointMetadata metadata) =>
        SafetensorsWriter.Write(path, ToFile(model, metadata));

    /// <summary>Copies the file's tensors into the model's parameters (converting F32/F64 to the model's dtype).</summary>
    /// <exception cref="SafetensorsFormatException">Names or shapes differ; every problem is listed.</exception>
    public static void LoadInto(ILossModel model, SafetensorsFile file)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(file);
        var expected = model.Module.named_parameters().ToDictionary(p => p.name, p => p.parameter, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (SafetensorsTensor tensor in file.Tensors)
        {
            if (expected.TryGetValue(tensor.Name, out var parameter))
            {
                if (!tensor.Shape.SequenceEqual(parameter.shape))
                    problems.Add($"tensor '{tensor.Name}' has shape {tensor.ShapeText} in the file but {SafetensorsTensor.Format(parameter.shape)} in the model");
            }
            else if (tensor.Name == "lm_head.weight" && expected.ContainsKey("transformer.wte.weight"))
            {
                CheckTiedHead(tensor, file.Find("transformer.wte.weight"), problems);
            }
            else if (!MaskBuffer().IsMatch(tensor.Name))
            {
                problems.Add($"tensor '{tensor.Name}' {tensor.ShapeText} is in the file but not in the model");
            }
        }
        foreach (var (name, parameter) in expected)
            if (!file.Contains(name)) problems.Add($"tensor '{name}' {SafetensorsTensor.Format(parameter.shape)} is missing from the file");
        if (problems.Count > 0)
            throw new SafetensorsFormatException($"The checkpoint does not fit the model: {string.Join("; ", problems.Take(12))}" +
                (problems.Count > 12 ? $"; and {problems.Count - 12} more." : "."));

        using var _ = no_grad();
        foreach (var (name, parameter) in expected)
        {
            SafetensorsTensor source = file.Find(name)!;
            using Tensor values = source.DType == SafetensorsDType.F32
                ? tensor(source.ToSingles(), source.Shape, ScalarType.Float32)
                : tensor(source.ToDoubles(), source.Shape, ScalarType.Float64);
            parameter.copy_(values);
        }
    }

    private static void CheckTiedHead(SafetensorsTensor head, SafetensorsTensor? embedding, List<string> problems)
    {
        if (embedding is null) return; // reported as missing
        if (!head.Shape.SequenceEqual(embedding.Shape))
            problems.Add($"tensor 'lm_head.weight' has shape {head.ShapeText} but the tied 'transformer.wte.weight' has {embedding.ShapeText}");
        else if (!MemoryExtensions.SequenceEqual<double>(head.ToDoubles(), embedding.ToDoubles()))
            problems.Add("tensor 'lm_head.weight' differs from 'transformer.wte.weight'; this nanoGPT ties them, so they must be equal");
    }

    [GeneratedRegex(@"^transformer\.h\.\d+\.attn\.bias$")]
    private static partial Regex MaskBuffer();
}
