using System.Text.Json;
using System.Text.Json.Nodes;
using HessianDashboard.Experiments.Networks;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// C, the number of classes the network's softmax chooses among — the MLP's <c>classes</c>, NanoGPT's <c>vocab_size</c>
/// (next-token prediction is a C-way classification) — read from the manifest's model configuration. Sagun et al.'s
/// C − 1 outliers and the outlier window K = 3C (<see cref="Outliers"/>) are in terms of it.
/// </summary>
internal static class OutputClasses
{
    public static int Of(NetworkManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        try
        {
            var config = JsonNode.Parse(manifest.ModelConfig);
            int? classes = (config?["classes"] ?? config?["vocab_size"])?.GetValue<int>();
            if (classes is >= 2) return classes.Value;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new InvalidOperationException($"The model configuration '{manifest.ModelConfig}' is not the expected JSON.", e);
        }
        throw new InvalidOperationException($"The model configuration '{manifest.ModelConfig}' names no classes or vocabulary.");
    }
}
