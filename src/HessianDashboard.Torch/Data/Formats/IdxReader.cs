using System.Buffers.Binary;

namespace HessianDashboard.Torch.Data.Formats;

/// <summary>
/// Reads IDX files (the MNIST / FashionMNIST format), raw or gzip. Header: two zero bytes, the data
/// type byte (0x08 = unsigned byte, the only one supported), the number of dimensions, then one
/// big-endian int32 per dimension; the data follows, row-major. Images: magic 0x00000803 (count,
/// rows, columns); labels: magic 0x00000801 (count). The file must hold exactly the declared bytes.
/// </summary>
/// <remarks>Every problem is a <see cref="DatasetFormatException"/> naming the file, the expected and the found value.</remarks>
public static class IdxReader
{
    /// <summary>Magic number of an IDX file of unsigned-byte images (3 dimensions).</summary>
    public const int ImagesMagic = 0x00000803;

    /// <summary>Magic number of an IDX file of unsigned-byte labels (1 dimension).</summary>
    public const int LabelsMagic = 0x00000801;

    /// <summary>Reads an image file (magic 0x00000803).</summary>
    public static IdxImages ReadImages(string path)
    {
        byte[] bytes = DataFileBytes.Read(path);
        ReadHeader(path, bytes, dimensions: 3, "images");
        int count = ReadDimension(path, bytes, 0, "image count");
        int rows = ReadDimension(path, bytes, 1, "row count");
        int columns = ReadDimension(path, bytes, 2, "column count");
        const int header = 16;
        long expected = header + (long)count * rows * columns;
        CheckLength(path, bytes.LongLength, expected, $"{count} images of {rows} × {columns}");
        return new IdxImages(count, rows, columns, bytes[header..]);
    }

    /// <summary>Reads a label file (magic 0x00000801), checking every label is below <paramref name="classes"/>.</summary>
    public static byte[] ReadLabels(string path, int classes = 10)
    {
        byte[] bytes = DataFileBytes.Read(path);
        ReadHeader(path, bytes, dimensions: 1, "labels");
        int count = ReadDimension(path, bytes, 0, "label count");
        const int header = 8;
        CheckLength(path, bytes.LongLength, header + (long)count, $"{count} labels");
        byte[] labels = bytes[header..];
        CheckLabels(path, labels, classes);
        return labels;
    }

    /// <summary>Throws when a label is not in 0 … <paramref name="classes"/> − 1, naming the first offender.</summary>
    internal static void CheckLabels(string path, ReadOnlySpan<byte> labels, int classes)
    {
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] >= classes)
                throw new DatasetFormatException(path, $"label {labels[i]} of sample {i} is out of range 0..{classes - 1}");
        }
    }

    private static void ReadHeader(string path, byte[] bytes, int dimensions, string what)
    {
        int expectedMagic = 0x0800 | dimensions;
        if (bytes.Length < 4)
            throw new DatasetFormatException(path, $"the file is truncated: {bytes.Length} bytes, shorter than the 4-byte IDX magic number");
        int magic = BinaryPrimitives.ReadInt32BigEndian(bytes);
        if (bytes[0] != 0 || bytes[1] != 0)
            throw new DatasetFormatException(path, $"magic 0x{magic:X8} is not an IDX magic number; expected 0x{expectedMagic:X8} ({what})");
        if (bytes[2] != 0x08)
            throw new DatasetFormatException(path, $"data type 0x{bytes[2]:X2} (magic 0x{magic:X8}), expected 0x08 (unsigned byte)");
        if (bytes[3] != dimensions)
            throw new DatasetFormatException(path, $"{bytes[3]} dimensions (magic 0x{magic:X8}), expected {dimensions} ({what}, magic 0x{expectedMagic:X8})");
        int headerLength = 4 + 4 * dimensions;
        if (bytes.Length < headerLength)
            throw new DatasetFormatException(path, $"the file is truncated: {bytes.Length} bytes, shorter than the {headerLength}-byte header");
    }

    private static int ReadDimension(string path, byte[] bytes, int index, string what)
    {
        int value = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4 + 4 * index));
        if (value <= 0)
            throw new DatasetFormatException(path, $"the {what} at byte offset {4 + 4 * index} is {value}, expected a positive number");
        return value;
    }

    private static void CheckLength(string path, long found, long expected, string declared)
    {
        if (found < expected)
            throw new DatasetFormatException(path, $"the file is truncated: the header declares {declared} ({expected} bytes) but the content is {found} bytes");
        if (found > expected)
            throw new DatasetFormatException(path, $"{found - expected} bytes of trailing data after the {declared} declared by the header (expected {expected} bytes, found {found})");
    }
}
