using System.Text.Json;
using System.Text.Json.Serialization;

namespace HessianDashboard.Experiments.Common;

/// <summary>The JSON shape of requests and results: camelCase, enums as kebab-case strings, NaN/∞ as strings.</summary>
public static class ExperimentJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });

    /// <summary>
    /// Gives <paramref name="options"/> the conventions of <see cref="Options"/> that change values rather than
    /// layout: enums as kebab-case strings (<c>"succeeded"</c>, <c>"state-changed"</c>) and NaN/±∞ as the strings
    /// <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c> (a Lanczos step's orthogonality loss is NaN when not tracked).
    /// The runs hub's JSON protocol uses it, and so must a .NET client that reads its events.
    /// </summary>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.NumberHandling |= JsonNumberHandling.AllowNamedFloatingPointLiterals;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        return options;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);
}
