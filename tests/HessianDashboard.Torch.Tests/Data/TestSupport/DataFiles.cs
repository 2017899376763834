using System.Buffers.Binary;
using System.IO.Compression;

namespace HessianDashboard.Torch.Tests.Data.TestSupport;

/// <summary>Writes small files in the real formats (IDX, CIFAR-10 binary), raw or gzip.</summary>
internal static class DataFiles
{
    /// <summary>IDX bytes: 00 00 08 dims, big-endian dimensions, then <paramref name="data"/>.</summary>
    public static byte[] Idx(int[] dimensions, byte[] data, byte dataType = 0x08)
    {
        byte[] bytes = new byte[4 + 4 * dimensions.Length + data.Length];
        bytes[2] = dataType;
        bytes[3] = (byte)dimensions.Length;
        for (int i = 0; i < dimensions.Length; i++) BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 + 4 * i), dimensions[i]);
        data.CopyTo(bytes, 4 + 4 * dimensions.Length);
        return bytes;
    }

    /// <summary>An images file of <paramref name="count"/> images of rows × cols whose pixel j of image i is (i·7 + j) mod 256.</summary>
    public static byte[] Images(int count, int rows = 28, int cols = 28) =>
        Idx([count, rows, cols], [.. Enumerable.Range(0, count * rows * cols).Select(k => (byte)(((k / (rows * cols)) * 7 + k % (rows * cols)) % 256))]);

    /// <summary>A labels file of labels i mod 10.</summary>
    public static byte[] Labels(int count) => Idx([count], [.. Enumerable.Range(0, count).Select(i => (byte)(i % 10))]);

    public static byte[] Gzip(byte[] raw)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(raw);
        return output.ToArray();
    }

    /// <summary>One CIFAR-10 record: the label, then constant R, G and B planes.</summary>
    public static byte[] CifarRecord(byte label, byte r, byte g, byte b)
    {
        byte[] record = new byte[3073];
        record[0] = label;
        record.AsSpan(1, 1024).Fill(r);
        record.AsSpan(1025, 1024).Fill(g);
        record.AsSpan(2049, 1024).Fill(b);
        return record;
    }

    public static string Write(string path, byte[] bytes)
    {
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
