namespace HessianDashboard.Torch.Checkpoints;

/// <summary>
/// The content of a safetensors file: named tensors in file order and the <c>__metadata__</c> string map.
/// Format: 8-byte little-endian header length N, N bytes of UTF-8 JSON
/// <c>{name: {dtype, shape, data_offsets: [begin, end]}, "__metadata__": {…}}</c>, then the data
/// buffer, offsets relative to its start.
/// </summary>
/// <param name="Tensors">The tensors; names are unique.</param>
/// <param name="Metadata">Free-form string pairs (this project's keys: <see cref="CheckpointMetadata"/>).</param>
public sealed record SafetensorsFile(IReadOnlyList<SafetensorsTensor> Tensors, IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>The tensor called <paramref name="name"/>, or null.</summary>
    public SafetensorsTensor? Find(string name) => Tensors.FirstOrDefault(t => t.Name == name);

    /// <summary>Whether a tensor called <paramref name="name"/> exists.</summary>
    public bool Contains(string name) => Find(name) is not null;
}
