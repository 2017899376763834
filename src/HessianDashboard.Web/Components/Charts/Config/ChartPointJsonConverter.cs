using System.Text.Json;
using System.Text.Json.Serialization;

namespace HessianDashboard.Web.Components.Charts.Config;

/// <summary>Writes and reads <see cref="ChartPoint"/> in ApexCharts' shapes: <c>[x, y]</c> and <c>{ x, y: [low, high] }</c>.</summary>
public sealed class ChartPointJsonConverter : JsonConverter<ChartPoint>
{
    public override ChartPoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            var pair = JsonSerializer.Deserialize<double?[]>(ref reader, options) ?? [];
            if (pair.Length != 2) throw new JsonException("A chart point is [x, y].");
            return new ChartPoint(pair[0] ?? double.NaN, pair[1] ?? double.NaN);
        }
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        double x = root.GetProperty("x").GetDouble();
        var y = root.GetProperty("y");
        return y.ValueKind == JsonValueKind.Array
            ? ChartPoint.Range(x, Number(y[0]), Number(y[1]))
            : new ChartPoint(x, Number(y));
    }

    public override void Write(Utf8JsonWriter writer, ChartPoint value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.High is double high)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("x");
            WriteNumber(writer, value.X);
            writer.WriteStartArray("y");
            WriteNumber(writer, value.Y);
            WriteNumber(writer, high);
            writer.WriteEndArray();
            writer.WriteEndObject();
            return;
        }
        writer.WriteStartArray();
        WriteNumber(writer, value.X);
        WriteNumber(writer, value.Y);
        writer.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value)) writer.WriteNumberValue(value);
        else writer.WriteNullValue();
    }

    private static double Number(JsonElement element) =>
        element.ValueKind == JsonValueKind.Number ? element.GetDouble() : double.NaN;
}
