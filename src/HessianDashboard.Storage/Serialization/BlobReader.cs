using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace HessianDashboard.Storage.Serialization;

/// <summary>Reads arrays back from a blob by (byte offset, count), refusing references outside it.</summary>
internal static class BlobReader
{
    public static double[] Doubles(byte[] blob, long offset, long count) =>
        Read(blob, offset, count, sizeof(double), static s => BinaryPrimitives.ReadDoubleLittleEndian(s));

    public static float[] Singles(byte[] blob, long offset, long count) =>
        Read(blob, offset, count, sizeof(float), static s => BinaryPrimitives.ReadSingleLittleEndian(s));

    public static int[] Int32s(byte[] blob, long offset, long count) =>
        Read(blob, offset, count, sizeof(int), static s => BinaryPrimitives.ReadInt32LittleEndian(s));

    private delegate T ReadOne<T>(ReadOnlySpan<byte> source);

    private static T[] Read<T>(byte[] blob, long offset, long count, int size, ReadOne<T> read) where T : unmanaged
    {
        if (offset < 0 || count < 0 || offset > blob.Length || count > (blob.Length - offset) / size)
            throw new JsonException($"A stored array reference ({offset}, {count}) lies outside its blob of {blob.Length} bytes.");
        var source = blob.AsSpan((int)offset, (int)count * size);
        var values = new T[count];
        if (BitConverter.IsLittleEndian) source.CopyTo(MemoryMarshal.AsBytes(values.AsSpan()));
        else for (int i = 0; i < values.Length; i++) values[i] = read(source[(i * size)..]);
        return values;
    }
}
