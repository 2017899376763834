using System.Text.Json;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Storage.Serialization;

namespace HessianDashboard.Storage.Tests.Serialization;

public class CompactJsonTests
{
    private sealed record Sample(double[] Large, double[] Small, IReadOnlyList<double> List, float[] Singles, int[] Indices, double[][] Rows, double Scalar);

    private static readonly double[] Special =
    [
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0, double.Epsilon, -double.Epsilon,
        double.MaxValue, double.MinValue, 1e-310, 0.1, 1.0 / 3, Math.PI, -2.5e-300,
    ];

    [Fact]
    public void Serialize_SpecialDoublesInLargeAndSmallArrays_RoundTripBitForBit()
    {
        var large = Enumerable.Range(0, 40).Select(i => Special[i % Special.Length] * (i < Special.Length ? 1 : 1 + i)).ToArray();
        var sample = new Sample(large, Special, [.. Special.Reverse()], [float.NaN, -0f, float.MaxValue, .. Enumerable.Repeat(1.5f, 40)],
            [.. Enumerable.Range(-20, 50)], [large, Special], -0.0);

        var document = CompactJson.Serialize(sample);
        var back = CompactJson.Deserialize<Sample>(document.Json, document.Blob).ShouldNotBeNull();

        Bits(back.Large).ShouldBe(Bits(large));
        Bits(back.Small).ShouldBe(Bits(Special));
        Bits([.. back.List]).ShouldBe(Bits([.. Special.Reverse()]));
        back.Singles.Select(BitConverter.SingleToInt32Bits).ShouldBe(sample.Singles.Select(BitConverter.SingleToInt32Bits));
        back.Indices.ShouldBe(sample.Indices);
        Bits(back.Rows[0]).ShouldBe(Bits(large));
        Bits(back.Rows[1]).ShouldBe(Bits(Special));
        BitConverter.DoubleToInt64Bits(back.Scalar).ShouldBe(BitConverter.DoubleToInt64Bits(-0.0));
    }

    [Fact]
    public void Serialize_ArraysFromThirtyTwoElements_GoToTheBlobAndSmallerOnesStayInline()
    {
        var document = CompactJson.Serialize(new Sample(new double[32], new double[31], new double[32], [], new int[32], [], 1));

        using var json = JsonDocument.Parse(document.Json);
        json.RootElement.GetProperty("large").GetProperty("$f64").EnumerateArray().Select(e => e.GetInt64()).ShouldBe([0L, 32]);
        json.RootElement.GetProperty("small").ValueKind.ShouldBe(JsonValueKind.Array);
        json.RootElement.GetProperty("list").GetProperty("$f64").EnumerateArray().Select(e => e.GetInt64()).ShouldBe([256L, 32]);
        json.RootElement.GetProperty("indices").GetProperty("$i32").EnumerateArray().Select(e => e.GetInt64()).ShouldBe([512L, 32]);
        document.Blob.ShouldNotBeNull().Length.ShouldBe(32 * 8 + 32 * 8 + 32 * 4);
    }

    [Fact]
    public void Serialize_SmallArrayWithANonStandardNaNPayload_KeepsItsBitsThroughTheBlob()
    {
        double odd = BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_1234);
        var document = CompactJson.Serialize(new Sample([], [1, odd], [], [], [], [], 0));

        document.Json.ShouldContain("\"small\":{\"$f64\":[0,2]}");
        var back = CompactJson.Deserialize<Sample>(document.Json, document.Blob).ShouldNotBeNull();
        BitConverter.DoubleToInt64Bits(back.Small[1]).ShouldBe(0x7FF8_0000_0000_1234);
    }

    [Fact]
    public void Serialize_WithoutLargeArrays_IsPlainExperimentJsonWithoutABlob()
    {
        var value = new Sample([1, double.NaN], [], [2], [], [3], [], double.PositiveInfinity);

        var document = CompactJson.Serialize(value);

        document.Blob.ShouldBeNull();
        var plain = JsonSerializer.Deserialize<Sample>(document.Json, ExperimentJson.Options).ShouldNotBeNull();
        double.IsNaN(plain.Large[1]).ShouldBeTrue();
        double.IsPositiveInfinity(plain.Scalar).ShouldBeTrue();
    }

    [Theory]
    [InlineData("{\"large\":{\"$f64\":[0,40]}}", "outside its blob")]
    [InlineData("{\"large\":{\"$f64\":[-8,1]}}", "outside its blob")]
    [InlineData("{\"large\":{\"$i32\":[0,1]}}", "reference")]
    [InlineData("{\"large\":{\"$f64\":[0]}}", "[offset, count]")]
    public void Deserialize_BadReference_ThrowsJsonExceptionSayingWhy(string json, string expected)
    {
        var ex = Should.Throw<JsonException>(() => CompactJson.Deserialize<Sample>(json, new byte[16]));

        ex.Message.ShouldContain(expected);
    }

    private static long[] Bits(double[] values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];
}
