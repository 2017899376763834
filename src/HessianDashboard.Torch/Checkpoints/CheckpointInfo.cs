using System.Security.Cryptography;
using HessianDashboard.Torch.Models;

namespace HessianDashboard.Torch.Checkpoints;

/// <summary>
/// A checkpoint described without building its model: what pages and the CLI list, and what run
/// manifests record (the SHA-256 identifies the exact file).
/// </summary>
/// <param name="Path">The file.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the whole file.</param>
/// <param name="Kind">Architecture (metadata or names).</param>
/// <param name="Config">Configuration JSON inferred from the shapes (n_head from metadata or the default).</param>
/// <param name="ParameterCount">Scalar values in the model's tensors (a tied lm_head and mask buffers excluded).</param>
/// <param name="DType">Element type of the first tensor.</param>
/// <param name="Metadata">The parsed metadata, or null for a file without a <c>model</c> key.</param>
public sealed record CheckpointInfo(
    string Path, string Sha256, ModelKind Kind, string Config, long ParameterCount, SafetensorsDType DType, CheckpointMetadata? Metadata)
{
    /// <summary>Reads and hashes <paramref name="path"/>.</summary>
    /// <exception cref="SafetensorsFormatException">The file is malformed or names no known model.</exception>
    public static CheckpointInfo Inspect(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        SafetensorsFile file = SafetensorsReader.Parse(bytes, path);
        ModelKind kind = CheckpointLoader.InferKind(file);
        string config = kind == ModelKind.NanoGpt
            ? ModelConfigJson.Write(CheckpointLoader.InferNanoGptConfig(file))
            : ModelConfigJson.Write(CheckpointLoader.InferMlpConfig(file));
        long count = file.Tensors.Where(t => t.Name != "lm_head.weight" && !t.Name.EndsWith(".attn.bias", StringComparison.Ordinal))
            .Sum(t => t.ElementCount);
        return new CheckpointInfo(path, Convert.ToHexStringLower(SHA256.HashData(bytes)), kind, config, count,
            file.Tensors.Count > 0 ? file.Tensors[0].DType : SafetensorsDType.F64, CheckpointMetadata.FromDictionary(file.Metadata));
    }
}
