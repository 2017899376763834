using System.Text.Json;
using System.Text.Json.Nodes;
using HessianDashboard.Torch.Models;

namespace HessianDashboard.Torch.Checkpoints;

/// <summary>
/// Model configurations as the JSON of checkpoint metadata, in the names PyTorch users know:
/// MLP <c>{"input":784,"hidden":16,"classes":10}</c>; nanoGPT's GPTConfig
/// <c>{"vocab_size":65,"block_size":64,"n_layer":4,"n_head":4,"n_embd":128,"dropout":0.0,"bias":false}</c>.
/// </summary>
public static class ModelConfigJson
{
    /// <summary>The MLP configuration as JSON.</summary>
    public static string Write(MlpConfig config) =>
        new JsonObject { ["input"] = config.Inputs, ["hidden"] = config.Hidden, ["classes"] = config.Classes }.ToJsonString();

    /// <summary>The nanoGPT configuration as JSON.</summary>
    public static string Write(NanoGptConfig config) => new JsonObject
    {
        ["vocab_size"] = config.VocabularySize, ["block_size"] = config.BlockSize, ["n_layer"] = config.Layers,
        ["n_head"] = config.Heads, ["n_embd"] = config.Embedding, ["dropout"] = config.Dropout, ["bias"] = false,
    }.ToJsonString();

    /// <summary>n_head from metadata: a top-level <c>n_head</c> key (for hand-written exports) or the config JSON's; null when absent.</summary>
    public static int? ReadHeads(IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (metadata.TryGetValue("n_head", out string? direct) && int.TryParse(direct, out int heads)) return heads;
        if (!metadata.TryGetValue("config", out string? json)) return null;
        try
        {
            return JsonNode.Parse(json)?["n_head"]?.GetValue<int>();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new SafetensorsFormatException($"Metadata 'config' is not the expected JSON: {e.Message}", e);
        }
    }
}
