using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace HessianDashboard.Storage.Serialization;

/// <summary>Appends numeric arrays as little-endian bytes; each append returns its byte offset.</summary>
internal sealed class BlobWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public int Append(ReadOnlySpan<double> values) => Append(values, sizeof(double), static (d, v) => BinaryPrimitives.WriteDoubleLittleEndian(d, v));

    public int Append(ReadOnlySpan<float> values) => Append(values, sizeof(float), static (d, v) => BinaryPrimitives.WriteSingleLittleEndian(d, v));

    public int Append(ReadOnlySpan<int> values) => Append(values, sizeof(int), static (d, v) => BinaryPrimitives.WriteInt32LittleEndian(d, v));

    /// <summary>The bytes written, or null when nothing was.</summary>
    public byte[]? ToArray() => _buffer.WrittenCount == 0 ? null : _buffer.WrittenSpan.ToArray();

    private delegate void WriteOne<T>(Span<byte> destination, T value);

    private int Append<T>(ReadOnlySpan<T> values, int size, WriteOne<T> write) where T : unmanaged
    {
        int offset = _buffer.WrittenCount;
        var destination = _buffer.GetSpan(values.Length * size)[..(values.Length * size)];
        if (BitConverter.IsLittleEndian) MemoryMarshal.AsBytes(values).CopyTo(destination);
        else for (int i = 0; i < values.Length; i++) write(destination[(i * size)..], values[i]);
        _buffer.Advance(values.Length * size);
        return offset;
    }
}
