using System.Reflection;
using System.Text.Json;

namespace HessianDashboard.Experiments.Common;

/// <summary>
/// Finds the members of a request that name a file or folder on the server: a Matrix Market source, a checkpoint, an
/// exact-Hessian row file, an output directory. Requests that come from elsewhere (hub clients, imported runs) may
/// not carry them: honouring one would let a remote party make the server read (or write) any path the process can.
/// </summary>
public static class ServerFileReferences
{
    /// <summary>The camelCase name of a Matrix Market source's path (the lab's and the comparisons' file sources).</summary>
    public const string MatrixMarketPath = "matrixMarketPath";

    /// <summary>Members that name a file or folder on the server, in requests and their nested options.</summary>
    private static readonly HashSet<string> PathMembers = new(StringComparer.Ordinal)
    {
        "MatrixMarketPath", "Checkpoint", "ExactRowFile", "OutputDirectory",
    };

    /// <summary>Nested records are searched this deep (requests nest options two levels at most).</summary>
    private const int MaxDepth = 3;

    /// <summary>
    /// The camelCase name (e.g. <c>checkpoint</c>, <see cref="MatrixMarketPath"/>) of the first non-null member of
    /// <paramref name="request"/> or its nested HessianDashboard records that names a server file, or null when none does.
    /// </summary>
    public static string? Find(IExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Find(request, depth: 0);
    }

    private static string? Find(object? value, int depth)
    {
        if (value is null || depth > MaxDepth) return null;
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            if (PathMembers.Contains(property.Name) && property.PropertyType == typeof(string) && property.GetValue(value) is string)
                return JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var type = property.PropertyType;
            if (type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("HessianDashboard", StringComparison.Ordinal) == true
                && Find(property.GetValue(value), depth + 1) is { } nested)
                return nested;
        }
        return null;
    }
}
