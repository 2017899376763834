using System.Globalization;
using System.Reflection;
using HessianDashboard.Torch.Models;

namespace HessianDashboard.Torch.Checkpoints;

/// <summary>
/// What a checkpoint records to be reproduced, stored as the safetensors <c>__metadata__</c> string map
/// under the keys <c>format</c>, <c>model</c> ("mlp"/"nanogpt"), <c>config</c> (JSON with nanoGPT's names,
/// see <see cref="ModelConfigJson"/>), <c>seed</c>, <c>dataset</c>, <c>epoch</c>, <c>iteration</c>,
/// <c>optimizer</c> (JSON) and <c>app_version</c>; unknown keys survive in <see cref="Extra"/>.
/// </summary>
/// <param name="Kind">Architecture.</param>
/// <param name="Config">The model configuration as JSON (null: infer from the tensors).</param>
/// <param name="Seed">Initialisation seed.</param>
/// <param name="Dataset">Training data, e.g. "MNIST train (60,000)".</param>
/// <param name="Epoch">Completed epochs (MLP; 0 = initialisation).</param>
/// <param name="Iteration">Completed optimizer steps (NanoGPT; 0 = initialisation).</param>
/// <param name="Optimizer">Optimizer and schedule settings as JSON.</param>
/// <param name="AppVersion">Version of the program that wrote the file.</param>
/// <param name="Extra">Any other pairs (kept on load, written back on save).</param>
public sealed record CheckpointMetadata(
    ModelKind Kind, string? Config = null, int? Seed = null, string? Dataset = null, int? Epoch = null, int? Iteration = null,
    string? Optimizer = null, string? AppVersion = null, IReadOnlyDictionary<string, string>? Extra = null)
{
    /// <summary>The value of the <c>format</c> key this version writes.</summary>
    public const string FormatTag = "hessian-dashboard-checkpoint/1";

    private static readonly string[] Known = ["format", "model", "config", "seed", "dataset", "epoch", "iteration", "optimizer", "app_version"];

    /// <summary>This assembly's informational version, for <see cref="AppVersion"/>.</summary>
    public static string CurrentAppVersion { get; } =
        typeof(CheckpointMetadata).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The metadata as the string map written to the file.</summary>
    public IReadOnlyDictionary<string, string> ToDictionary()
    {
        var map = new Dictionary<string, string>(Extra ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            ["format"] = FormatTag,
            ["model"] = KindName(Kind),
            ["app_version"] = AppVersion ?? CurrentAppVersion,
        };
        Add(map, "config", Config);
        Add(map, "seed", Seed?.ToString(CultureInfo.InvariantCulture));
        Add(map, "dataset", Dataset);
        Add(map, "epoch", Epoch?.ToString(CultureInfo.InvariantCulture));
        Add(map, "iteration", Iteration?.ToString(CultureInfo.InvariantCulture));
        Add(map, "optimizer", Optimizer);
        return map;
    }

    /// <summary>Reads the map back; null when it names no model (e.g. a plain PyTorch export).</summary>
    public static CheckpointMetadata? FromDictionary(IReadOnlyDictionary<string, string> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (!map.TryGetValue("model", out string? kind)) return null;
        return new CheckpointMetadata(
            ParseKind(kind), Get(map, "config"), Int(map, "seed"), Get(map, "dataset"), Int(map, "epoch"), Int(map, "iteration"),
            Get(map, "optimizer"), Get(map, "app_version"),
            map.Where(p => !Known.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
    }

    /// <summary>"mlp" or "nanogpt".</summary>
    public static string KindName(ModelKind kind) => kind == ModelKind.NanoGpt ? "nanogpt" : "mlp";

    /// <summary>Parses "mlp" / "nanogpt" (case-insensitive).</summary>
    public static ModelKind ParseKind(string name) => name.Trim().ToLowerInvariant() switch
    {
        "mlp" => ModelKind.Mlp,
        "nanogpt" or "gpt" => ModelKind.NanoGpt,
        _ => throw new SafetensorsFormatException($"Metadata names model '{name}'; expected 'mlp' or 'nanogpt'."),
    };

    private static void Add(Dictionary<string, string> map, string key, string? value)
    {
        if (value is not null) map[key] = value;
    }

    private static string? Get(IReadOnlyDictionary<string, string> map, string key) => map.TryGetValue(key, out string? v) ? v : null;

    private static int? Int(IReadOnlyDictionary<string, string> map, string key) =>
        map.TryGetValue(key, out string? v) && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out int i) ? i : null;
}
