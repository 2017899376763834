using System.Runtime.InteropServices;

namespace HessianDashboard.Torch.Checkpoints;

/// <summary>One named tensor of a safetensors file: element type, shape and its raw little-endian bytes (row-major).</summary>
/// <param name="Name">The key, e.g. "transformer.wte.weight".</param>
/// <param name="DType">Element type.</param>
/// <param name="Shape">Dimensions; empty for a scalar.</param>
/// <param name="Data">ElementCount × DType.Size() bytes.</param>
public sealed record SafetensorsTensor(string Name, SafetensorsDType DType, long[] Shape, byte[] Data)
{
    /// <summary>Product of the shape (1 for a scalar).</summary>
    public long ElementCount => Shape.Aggregate(1L, (a, b) => checked(a * b));

    /// <summary>The shape as "[a, b]" for messages.</summary>
    public string ShapeText => Format(Shape);

    /// <summary>A float64 tensor from values.</summary>
    public static SafetensorsTensor FromDoubles(string name, long[] shape, ReadOnlySpan<double> values) =>
        new(name, SafetensorsDType.F64, shape, MemoryMarshal.AsBytes(values).ToArray());

    /// <summary>A float32 tensor from values.</summary>
    public static SafetensorsTensor FromSingles(string name, long[] shape, ReadOnlySpan<float> values) =>
        new(name, SafetensorsDType.F32, shape, MemoryMarshal.AsBytes(values).ToArray());

    /// <summary>The values widened to double (exact for F32).</summary>
    public double[] ToDoubles() => DType == SafetensorsDType.F64
        ? MemoryMarshal.Cast<byte, double>(Data).ToArray()
        : Array.ConvertAll(MemoryMarshal.Cast<byte, float>(Data).ToArray(), v => (double)v);

    /// <summary>The values as float (rounded for F64).</summary>
    public float[] ToSingles() => DType == SafetensorsDType.F32
        ? MemoryMarshal.Cast<byte, float>(Data).ToArray()
        : Array.ConvertAll(MemoryMarshal.Cast<byte, double>(Data).ToArray(), v => (float)v);

    /// <summary>"[a, b, c]".</summary>
    public static string Format(IEnumerable<long> shape) => "[" + string.Join(", ", shape) + "]";
}
