using System.Text.Json;
using System.Text.Json.Serialization;

namespace HessianDashboard.Experiments.Common;

/// <summary>The JSON shape of requests and results: camelCase, enums as lower-case strings, NaN/∞ as strings.</summary>
public static class ExperimentJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);
}
