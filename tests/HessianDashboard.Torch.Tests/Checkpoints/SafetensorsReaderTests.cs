using System.Buffers.Binary;
using System.Text;
using HessianDashboard.Torch.Checkpoints;

namespace HessianDashboard.Torch.Tests.Checkpoints;

public sealed class SafetensorsReaderTests
{
    [Fact]
    public void Parse_HandWrittenReferenceLayout_ReadsTensorsAndMetadata()
    {
        // Laid out by hand as the format specifies (what safetensors.torch.save_file produces).
        byte[] bytes = Build("""{"__metadata__":{"format":"pt"},"b":{"dtype":"F64","shape":[],"data_offsets":[8,16]},"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}""",
            [.. BitConverter.GetBytes(1.5f), .. BitConverter.GetBytes(-2f), .. BitConverter.GetBytes(0.25)]);
        SafetensorsFile file = SafetensorsReader.Parse(bytes);
        file.Metadata["format"].ShouldBe("pt");
        file.Find("a")!.ToDoubles().ShouldBe([1.5, -2.0]);
        file.Find("b")!.Shape.ShouldBeEmpty();
        file.Find("b")!.ToDoubles().ShouldBe([0.25]);
    }

    [Fact]
    public void ToBytes_RoundTrip_PreservesEverythingAndAlignsData()
    {
        var original = new SafetensorsFile(
            [SafetensorsTensor.FromDoubles("w", [2, 3], [1, 2, 3, 4, 5, Math.PI]), SafetensorsTensor.FromSingles("v", [0], [])],
            new Dictionary<string, string> { ["seed"] = "4", ["note"] = "é\"quoted\"" });
        byte[] bytes = SafetensorsWriter.ToBytes(original);
        (BinaryPrimitives.ReadUInt64LittleEndian(bytes) % 8).ShouldBe(0UL);
        SafetensorsFile read = SafetensorsReader.Parse(bytes);
        read.Metadata.ShouldBe(original.Metadata);
        read.Tensors.Select(t => t.Name).ShouldBe(["w", "v"]);
        read.Find("w")!.Shape.ShouldBe([2L, 3]);
        read.Find("w")!.ToDoubles().ShouldBe([1, 2, 3, 4, 5, Math.PI]);
        read.Find("v")!.DType.ShouldBe(SafetensorsDType.F32);
    }

    [Fact]
    public void Parse_Truncated_Throws()
    {
        byte[] bytes = SafetensorsWriter.ToBytes(new SafetensorsFile([SafetensorsTensor.FromDoubles("w", [4], [1, 2, 3, 4])], new Dictionary<string, string>()));
        Should.Throw<SafetensorsFormatException>(() => SafetensorsReader.Parse(bytes[..^8])).Message.ShouldContain("outside the 24-byte data buffer");
        Should.Throw<SafetensorsFormatException>(() => SafetensorsReader.Parse(bytes[..20])).Message.ShouldContain("truncated");
        Should.Throw<SafetensorsFormatException>(() => SafetensorsReader.Parse(bytes[..5])).Message.ShouldContain("shorter than");
    }

    [Theory]
    [InlineData("""{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]""", "not valid JSON")]
    [InlineData("""[1, 2]""", "not a JSON object")]
    [InlineData("""{"a":{"dtype":"BF16","shape":[2],"data_offsets":[0,4]}}""", "dtype 'BF16'")]
    [InlineData("""{"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}}""", "outside the 8-byte data buffer")]
    [InlineData("""{"a":{"dtype":"F32","shape":[2],"data_offsets":[8,0]}}""", "outside")]
    [InlineData("""{"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}""", "needs 12 bytes but data_offsets span 8")]
    [InlineData("""{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"b":{"dtype":"F32","shape":[1],"data_offsets":[2,6]}}""", "overlap")]
    [InlineData("""{"a":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}}""", "negative dimension")]
    [InlineData("""{"a":{"shape":[2],"data_offsets":[0,8]}}""", "needs dtype, shape and data_offsets")]
    [InlineData("""{"__metadata__":{"seed":4}}""", "not a string")]
    public void Parse_MalformedHeader_ThrowsSayingWhy(string header, string expected)
    {
        Should.Throw<SafetensorsFormatException>(() => SafetensorsReader.Parse(Build(header, new byte[8]))).Message.ShouldContain(expected);
    }

    [Fact]
    public void Parse_HeaderLengthAboveLimit_Throws()
    {
        var bytes = new byte[64];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, SafetensorsReader.MaxHeaderLength + 1);
        Should.Throw<SafetensorsFormatException>(() => SafetensorsReader.Parse(bytes)).Message.ShouldContain("limit");
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, ulong.MaxValue);
        Should.Throw<SafetensorsFormatException>(() => SafetensorsReader.Parse(bytes)).Message.ShouldContain("limit");
    }

    [Fact]
    public void ToBytes_DuplicateNameOrWrongByteCount_Throws()
    {
        var t = SafetensorsTensor.FromDoubles("w", [1], [1]);
        Should.Throw<ArgumentException>(() => SafetensorsWriter.ToBytes(new SafetensorsFile([t, t], new Dictionary<string, string>())));
        Should.Throw<ArgumentException>(() => SafetensorsWriter.ToBytes(new SafetensorsFile([t with { Shape = [2] }], new Dictionary<string, string>())))
            .Message.ShouldContain("needs 16 bytes");
    }

    private static byte[] Build(string header, byte[] data)
    {
        byte[] json = Encoding.UTF8.GetBytes(header);
        var bytes = new byte[8 + json.Length + data.Length];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, (ulong)json.Length);
        json.CopyTo(bytes, 8);
        data.CopyTo(bytes, 8 + json.Length);
        return bytes;
    }
}
