using System.Text.Json;
using System.Text.Json.Serialization;

namespace HessianDashboard.Storage.Serialization;

/// <summary>
/// Converts <c>double[]</c>, <c>float[]</c>, <c>int[]</c> and <c>IReadOnlyList</c>s of them: large ones (and double arrays
/// with non-standard NaN payloads) become blob references inside a <see cref="CompactJson"/> call, small ones plain arrays.
/// Reading accepts both forms; an <c>IReadOnlyList</c> is read back as an array.
/// </summary>
internal sealed class BlobArrayConverterFactory : JsonConverterFactory
{
    private static readonly Dictionary<Type, JsonConverter> Converters = new()
    {
        [typeof(double[])] = new BlobArrayConverter<double[], double>(BlobArrayKind.Float64),
        [typeof(IReadOnlyList<double>)] = new BlobArrayConverter<IReadOnlyList<double>, double>(BlobArrayKind.Float64),
        [typeof(float[])] = new BlobArrayConverter<float[], float>(BlobArrayKind.Float32),
        [typeof(IReadOnlyList<float>)] = new BlobArrayConverter<IReadOnlyList<float>, float>(BlobArrayKind.Float32),
        [typeof(int[])] = new BlobArrayConverter<int[], int>(BlobArrayKind.Int32),
        [typeof(IReadOnlyList<int>)] = new BlobArrayConverter<IReadOnlyList<int>, int>(BlobArrayKind.Int32),
    };

    public override bool CanConvert(Type typeToConvert) => Converters.ContainsKey(typeToConvert);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) => Converters[typeToConvert];
}

/// <summary>The element type of a blob reference, and its JSON tag.</summary>
internal enum BlobArrayKind
{
    Float64,
    Float32,
    Int32,
}

/// <summary>One collection type's converter (see <see cref="BlobArrayConverterFactory"/>).</summary>
internal sealed class BlobArrayConverter<TCollection, TElement>(BlobArrayKind kind) : JsonConverter<TCollection>
    where TCollection : class, IReadOnlyList<TElement>
    where TElement : unmanaged
{
    private readonly string _tag = kind switch
    {
        BlobArrayKind.Float64 => "$f64",
        BlobArrayKind.Float32 => "$f32",
        _ => "$i32",
    };

    public override void Write(Utf8JsonWriter writer, TCollection value, JsonSerializerOptions options)
    {
        TElement[] array = value as TElement[] ?? [.. value];
        if (BlobScope.Writer is not { } blob || !(array.Length >= CompactJson.MinBlobLength || HasOddNaN(array)))
        {
            JsonSerializer.Serialize(writer, array, CompactJson.PlainOptions);
            return;
        }
        int offset = array switch
        {
            double[] d => blob.Append(d),
            float[] f => blob.Append(f),
            int[] i => blob.Append(i),
            _ => throw new NotSupportedException($"No blob layout for {typeof(TElement).Name}."),
        };
        writer.WriteStartObject();
        writer.WriteStartArray(_tag);
        writer.WriteNumberValue(offset);
        writer.WriteNumberValue(array.Length);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public override TCollection? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            return (TCollection?)(object?)JsonSerializer.Deserialize<TElement[]>(ref reader, CompactJson.PlainOptions);
        var blob = BlobScope.Reader ?? throw new JsonException("A stored array refers to a blob, but none was given.");
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals(_tag))
            throw new JsonException($"Expected an array or a {{\"{_tag}\":[offset,count]}} reference.");
        var pair = JsonSerializer.Deserialize<long[]>(ref reader, CompactJson.PlainOptions);
        if (pair is not [var offset, var count]) throw new JsonException($"A {_tag} reference holds [offset, count].");
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndObject) throw new JsonException($"A {_tag} reference has one member.");
        object array = kind switch
        {
            BlobArrayKind.Float64 => BlobReader.Doubles(blob, offset, count),
            BlobArrayKind.Float32 => BlobReader.Singles(blob, offset, count),
            _ => BlobReader.Int32s(blob, offset, count),
        };
        return (TCollection)array;
    }

    /// <summary>Whether a NaN with bits other than <see cref="double.NaN"/>'s is present (JSON's "NaN" would lose them).</summary>
    private static bool HasOddNaN(TElement[] array)
    {
        if (array is double[] d)
        {
            long standard = BitConverter.DoubleToInt64Bits(double.NaN);
            foreach (double x in d) if (double.IsNaN(x) && BitConverter.DoubleToInt64Bits(x) != standard) return true;
        }
        else if (array is float[] f)
        {
            int standard = BitConverter.SingleToInt32Bits(float.NaN);
            foreach (float x in f) if (float.IsNaN(x) && BitConverter.SingleToInt32Bits(x) != standard) return true;
        }
        return false;
    }
}
