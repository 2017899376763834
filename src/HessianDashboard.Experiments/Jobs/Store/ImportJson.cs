using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Experiments.Jobs.Store;

/// <summary>
/// The strict reading of imported JSON (<see cref="ExperimentJson"/>'s conventions, but unknown members, duplicates,
/// missing constructor arguments and nulls in non-nullable members are errors) and the wording of its errors.
/// </summary>
internal static partial class ImportJson
{
    /// <summary>Imports are read strictly: a document of another shape fails instead of binding to defaults.</summary>
    public static JsonSerializerOptions Strict { get; } = new(ExperimentJson.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        MaxDepth = 1000, // the document's own depth limit (RunImportLimits.MaxDepth) already bounds every part
    };

    /// <summary>
    /// The deserialiser's message without CLR noise, with the path inside the document and the value found there,
    /// e.g. "… (at request.source.n, which holds \"NaN\")".
    /// </summary>
    public static string Clean(Exception exception, string root, JsonElement element)
    {
        string message = exception.Message;
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0) message = message[..cut];
        message = Nullable().Replace(message, "$1");
        message = message.Replace("System.Int32", "a whole number", StringComparison.Ordinal)
            .Replace("System.Int64", "a whole number", StringComparison.Ordinal)
            .Replace("System.UInt64", "a non-negative whole number", StringComparison.Ordinal)
            .Replace("System.Double", "a number", StringComparison.Ordinal)
            .Replace("System.String", "a string", StringComparison.Ordinal)
            .Replace("System.Boolean", "true or false", StringComparison.Ordinal)
            .Replace("System.DateTimeOffset", "an ISO 8601 time", StringComparison.Ordinal);
        message = Qualified().Replace(message, "$1").Trim();
        message = Unmapped().Replace(message, "'$1' is not a field of $2");
        string? jsonPath = (exception as JsonException)?.Path;
        string path = jsonPath is { Length: > 1 } ? root + jsonPath[1..] : root;
        string holds = jsonPath is { Length: > 1 } && At(element, jsonPath) is { } value ? $", which holds {Show(value)}" : "";
        return $"{message.TrimEnd('.')} (at {path}{holds}).";
    }

    /// <summary>The element at a simple JSON path such as <c>$.source.n</c> or <c>$.events[3].step</c>, or null.</summary>
    private static JsonElement? At(JsonElement element, string path)
    {
        foreach (Match segment in PathSegment().Matches(path))
        {
            if (segment.Groups["name"].Success)
            {
                if (element.ValueKind != JsonValueKind.Object || !TryGetProperty(element, segment.Groups["name"].Value, out element)) return null;
            }
            else if (element.ValueKind != JsonValueKind.Array || !int.TryParse(segment.Groups["index"].Value, out int i) || i >= element.GetArrayLength()) return null;
            else element = element[i];
        }
        return element;
    }

    private static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)) { value = property.Value; return true; }
        value = default;
        return false;
    }

    /// <summary>A short description of a JSON value for messages: "\"abc\"", "12", "an object", "a list", "null".</summary>
    public static string Show(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => Quote(element.GetString() ?? ""),
        JsonValueKind.Number => Truncate(element.GetRawText(), 30),
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>"\"text\"", cut to 40 characters.</summary>
    public static string Quote(string text) => "\"" + Truncate(text, 40) + "\"";

    /// <summary><c>Reused&lt;TrainingRunResult&gt;</c> rather than <c>Reused`1</c>.</summary>
    public static string Name(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
        : type.Name;

    [GeneratedRegex(@"The JSON property '([^']*)' could not be mapped to any \.NET member contained in type '([^']*)'")]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\[(?<index>\d+)\]")]
    private static partial Regex PathSegment();

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    [GeneratedRegex(@"System\.Nullable`1\[([^\]]+)\]")]
    private static partial Regex Nullable();

    [GeneratedRegex(@"(?:HessianDashboard|System)(?:\.\w+)*\.(\w+(?:`\d+)?)")]
    private static partial Regex Qualified();
}
