using System.Buffers.Binary;
using System.Text.Json;

namespace HessianDashboard.Torch.Checkpoints;

/// <summary>
/// Parses safetensors bytes, rejecting (with <see cref="SafetensorsFormatException"/>) a header length
/// beyond the file or above <see cref="MaxHeaderLength"/>, JSON that is not the format's object,
/// dtypes other than F32/F64, negative dimensions, offsets that are reversed, outside the data
/// buffer or overlapping, and byte counts that differ from product(shape)·size.
/// </summary>
public static class SafetensorsReader
{
    /// <summary>The largest accepted header, 100 MB (the reference implementation's limit).</summary>
    public const long MaxHeaderLength = 100_000_000;

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static SafetensorsFile Read(string path) => Parse(File.ReadAllBytes(path), path);

    /// <summary>Parses a whole file's bytes; <paramref name="source"/> names it in messages.</summary>
    public static SafetensorsFile Parse(byte[] bytes, string source = "safetensors data")
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length < 8) throw Error(source, $"is {bytes.Length} bytes, shorter than the 8-byte header length");
        ulong headerLength = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        if (headerLength > MaxHeaderLength) throw Error(source, $"declares a {headerLength}-byte header, above the {MaxHeaderLength}-byte limit");
        if (headerLength > (ulong)(bytes.Length - 8)) throw Error(source, $"declares a {headerLength}-byte header but only {bytes.Length - 8} bytes follow (truncated?)");
        int dataStart = 8 + (int)headerLength;
        long dataLength = bytes.Length - dataStart;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes.AsMemory(8, (int)headerLength));
        }
        catch (JsonException e)
        {
            throw new SafetensorsFormatException($"{source}: the header is not valid JSON: {e.Message}", e);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw Error(source, "has a header that is not a JSON object");
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
            var entries = new List<(string Name, SafetensorsDType Type, long[] Shape, long Begin, long End)>();
            foreach (JsonProperty property in document.RootElement.EnumerateObject())
            {
                if (property.Name == "__metadata__") ReadMetadata(property.Value, metadata, source);
                else entries.Add(ReadEntry(property, dataLength, source));
            }
            CheckOverlaps(entries.Select(e => (e.Name, e.Begin, e.End)), source);
            var tensors = entries.Select(e => new SafetensorsTensor(
                e.Name, e.Type, e.Shape, bytes.AsSpan(dataStart + (int)e.Begin, (int)(e.End - e.Begin)).ToArray())).ToList();
            return new SafetensorsFile(tensors, metadata);
        }
    }

    private static (string, SafetensorsDType, long[], long, long) ReadEntry(JsonProperty property, long dataLength, string source)
    {
        string name = property.Name;
        JsonElement e = property.Value;
        try
        {
            if (e.ValueKind != JsonValueKind.Object) throw Error(source, $"tensor '{name}' is not an object");
            SafetensorsDType type = SafetensorsDTypes.Parse(e.GetProperty("dtype").GetString(), name);
            long[] shape = e.GetProperty("shape").EnumerateArray().Select(d => d.GetInt64()).ToArray();
            long[] offsets = e.GetProperty("data_offsets").EnumerateArray().Select(d => d.GetInt64()).ToArray();
            if (shape.Any(d => d < 0)) throw Error(source, $"tensor '{name}' has a negative dimension {SafetensorsTensor.Format(shape)}");
            if (offsets.Length != 2) throw Error(source, $"tensor '{name}' has {offsets.Length} data_offsets, not [begin, end]");
            long begin = offsets[0], end = offsets[1];
            if (begin < 0 || end < begin || end > dataLength)
                throw Error(source, $"tensor '{name}' has data_offsets [{begin}, {end}] outside the {dataLength}-byte data buffer");
            long expected = checked(shape.Aggregate(1L, (a, b) => checked(a * b)) * type.Size());
            if (end - begin != expected)
                throw Error(source, $"tensor '{name}' {type.HeaderName()} {SafetensorsTensor.Format(shape)} needs {expected} bytes but data_offsets span {end - begin}");
            return (name, type, shape, begin, end);
        }
        catch (Exception x) when (x is KeyNotFoundException or InvalidOperationException or FormatException or OverflowException)
        {
            throw new SafetensorsFormatException($"{source}: tensor '{name}' needs dtype, shape and data_offsets as in the format ({x.Message})", x);
        }
    }

    private static void ReadMetadata(JsonElement element, Dictionary<string, string> metadata, string source)
    {
        if (element.ValueKind != JsonValueKind.Object) throw Error(source, "has a __metadata__ that is not an object");
        foreach (JsonProperty pair in element.EnumerateObject())
        {
            if (pair.Value.ValueKind != JsonValueKind.String) throw Error(source, $"metadata '{pair.Name}' is not a string");
            metadata[pair.Name] = pair.Value.GetString()!;
        }
    }

    private static void CheckOverlaps(IEnumerable<(string Name, long Begin, long End)> spans, string source)
    {
        (string Name, long Begin, long End)? previous = null;
        foreach (var span in spans.Where(s => s.End > s.Begin).OrderBy(s => s.Begin))
        {
            if (previous is { } p && span.Begin < p.End)
                throw Error(source, $"tensors '{p.Name}' [{p.Begin}, {p.End}] and '{span.Name}' [{span.Begin}, {span.End}] overlap");
            previous = span;
        }
    }

    private static SafetensorsFormatException Error(string source, string what) => new($"{source} {what}.");
}
