using System.Text.Json;
using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Storage.Serialization;

/// <summary>
/// JSON with <see cref="ExperimentJson"/>'s conventions (camelCase, enums as kebab-case strings, NaN/±∞ as strings), compact,
/// where every numeric array of at least <see cref="MinBlobLength"/> elements (<c>double[]</c>, <c>float[]</c>, <c>int[]</c> and
/// <c>IReadOnlyList</c>s of them: what the result and event records use) is replaced by a reference
/// <c>{"$f64":[offset,count]}</c> (<c>$f32</c>, <c>$i32</c>) into one little-endian binary blob stored beside the text.
/// A spectrum of 10⁴ doubles costs 80 kB of blob instead of ~200 kB of digits, and reads back bit for bit:
/// NaN, ±∞, −0.0 and subnormals included. Small arrays stay plain JSON (numbers written shortest-round-trip, so they
/// round-trip too), except a double array holding a NaN with a non-standard payload, which goes to the blob to keep its bits.
/// </summary>
public static class CompactJson
{
    /// <summary>Arrays with at least this many elements go to the blob.</summary>
    public const int MinBlobLength = 32;

    /// <summary>Options that write arrays plainly (no blob); <see cref="ExperimentJson.Options"/> without indentation.</summary>
    internal static JsonSerializerOptions PlainOptions { get; } = new(ExperimentJson.Options) { WriteIndented = false };

    /// <summary>The options with the blob converters; only meaningful inside <see cref="Serialize"/> and <see cref="Deserialize"/>.</summary>
    private static readonly JsonSerializerOptions BlobOptions = CreateBlobOptions();

    /// <summary>Serialises <paramref name="value"/> as its runtime type (or <paramref name="type"/>), large arrays into the blob.</summary>
    /// <returns>The JSON text and the blob (null when no array went to it).</returns>
    public static CompactDocument Serialize(object? value, Type? type = null)
    {
        var blob = new BlobWriter();
        var previous = BlobScope.Enter(blob, null);
        try
        {
            string json = JsonSerializer.Serialize(value, type ?? value?.GetType() ?? typeof(object), BlobOptions);
            return new CompactDocument(json, blob.ToArray());
        }
        finally
        {
            BlobScope.Exit(previous);
        }
    }

    /// <summary>Reads what <see cref="Serialize"/> wrote as <paramref name="type"/>, resolving blob references against <paramref name="blob"/>.</summary>
    /// <exception cref="JsonException">The text is not valid JSON of that type, or a reference lies outside the blob.</exception>
    /// <exception cref="NotSupportedException">The type cannot be deserialised.</exception>
    public static object? Deserialize(string json, byte[]? blob, Type type)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(type);
        var previous = BlobScope.Enter(null, blob ?? []);
        try
        {
            return JsonSerializer.Deserialize(json, type, BlobOptions);
        }
        finally
        {
            BlobScope.Exit(previous);
        }
    }

    /// <summary>Typed <see cref="Deserialize(string, byte[], Type)"/>.</summary>
    public static T? Deserialize<T>(string json, byte[]? blob) => (T?)Deserialize(json, blob, typeof(T));

    private static JsonSerializerOptions CreateBlobOptions()
    {
        var options = new JsonSerializerOptions(PlainOptions);
        options.Converters.Insert(0, new BlobArrayConverterFactory());
        return options;
    }
}

/// <summary>What <see cref="CompactJson.Serialize"/> produced.</summary>
/// <param name="Json">The JSON text, with references where large arrays were.</param>
/// <param name="Blob">The arrays' bytes (little-endian), or null when none went to the blob.</param>
public sealed record CompactDocument(string Json, byte[]? Blob);
