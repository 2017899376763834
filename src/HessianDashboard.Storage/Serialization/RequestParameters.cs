using System.Text.Json;

namespace HessianDashboard.Storage.Serialization;

/// <summary>
/// Flattens a request's JSON into (path, value) pairs for the history's parameter filters: dotted camelCase paths
/// (<c>source.synthetic.n</c>, <c>variant</c>), lower-cased, each with its number or its lower-cased text
/// (booleans as <c>true</c>/<c>false</c>, enums as their kebab-case names). An array contributes each of its first
/// <see cref="MaxArrayElements"/> elements under its own path; nulls are left out.
/// </summary>
public static class RequestParameters
{
    /// <summary>Longest stored path and text; longer texts are cut (a filter value has at most 200 characters too).</summary>
    public const int MaxLength = 200;

    /// <summary>Elements of one array that are kept (a start vector of n numbers is not a filter target).</summary>
    public const int MaxArrayElements = 16;

    /// <summary>Pairs kept per request.</summary>
    public const int MaxParameters = 256;

    private const int MaxDepth = 8;

    /// <summary>The pairs of <paramref name="requestJson"/> (an object); empty when it is not valid JSON.</summary>
    public static IReadOnlyList<RequestParameter> Flatten(string requestJson)
    {
        var parameters = new List<RequestParameter>();
        try
        {
            using var document = JsonDocument.Parse(requestJson);
            Walk(document.RootElement, "", 0, parameters);
        }
        catch (JsonException)
        {
            // an unreadable request simply has no filterable parameters
        }
        return parameters;
    }

    private static void Walk(JsonElement element, string path, int depth, List<RequestParameter> parameters)
    {
        if (parameters.Count >= MaxParameters || depth > MaxDepth) return;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Walk(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, depth + 1, parameters);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray().Take(MaxArrayElements)) Walk(item, path, depth + 1, parameters);
                break;
            case JsonValueKind.Number:
                if (path.Length > 0 && element.TryGetDouble(out double x) && double.IsFinite(x)) Add(parameters, path, null, x);
                break;
            case JsonValueKind.String:
                Add(parameters, path, element.GetString(), null);
                break;
            case JsonValueKind.True or JsonValueKind.False:
                Add(parameters, path, element.ValueKind == JsonValueKind.True ? "true" : "false", null);
                break;
        }
    }

    private static void Add(List<RequestParameter> parameters, string path, string? text, double? number)
    {
        if (path.Length == 0 || path.Length > MaxLength) return;
        parameters.Add(new RequestParameter(path.ToLowerInvariant(), text is null ? null : Cut(text.ToLowerInvariant()), number));
    }

    private static string Cut(string text) => text.Length <= MaxLength ? text : text[..MaxLength];
}

/// <summary>One flattened request parameter: its lower-cased dotted path and either its number or its lower-cased text.</summary>
public sealed record RequestParameter(string Path, string? Text, double? Number);
