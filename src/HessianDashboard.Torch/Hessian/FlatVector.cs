using TensorPrimitives = System.Numerics.Tensors.TensorPrimitives;
using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Hessian;

/// <summary>Bulk copies between a flat float64 vector and parameter-shaped tensors (no per-element interop).</summary>
internal static class FlatVector
{
    /// <summary>Writes x into a contiguous CPU tensor of float64 or float32 (rounding to nearest).</summary>
    public static void Write(ReadOnlySpan<double> x, Tensor flat)
    {
        if (flat.dtype == ScalarType.Float64)
        {
            x.CopyTo(MemoryMarshal.Cast<byte, double>(flat.bytes));
            return;
        }
        var dst = MemoryMarshal.Cast<byte, float>(flat.bytes);
        for (int i = 0; i < x.Length; i++) dst[i] = (float)x[i];
    }

    /// <summary>
    /// y[block i] (=|+=) weight · parts[i] for each selected parameter; a missing (unused) part counts
    /// as zero. float32 parts are widened to float64 before the weighted sum.
    /// </summary>
    public static void Accumulate(IList<Tensor> parts, ParameterGroup group, double weight, Span<double> y, bool overwrite)
    {
        for (int i = 0; i < group.Names.Count; i++)
        {
            var dst = y.Slice((int)group.Offsets[i], (int)group.Sizes[i]);
            var part = i < parts.Count ? parts[i] : null;
            if (part is null || part.IsInvalid)
            {
                if (overwrite) dst.Clear();
                continue;
            }
            // Results of autograd are fresh and contiguous on CPU; anything else is staged (inside the caller's dispose scope).
            var host = part.device_type == DeviceType.CPU ? part : part.cpu();
            if (!host.is_contiguous()) host = host.contiguous();
            if (host.dtype == ScalarType.Float64)
            {
                var src = MemoryMarshal.Cast<byte, double>(host.bytes);
                if (overwrite && weight == 1) src.CopyTo(dst);
                else if (overwrite) TensorPrimitives.Multiply(src, weight, dst);
                else TensorPrimitives.MultiplyAdd(src, weight, dst, dst);
            }
            else
            {
                var src = MemoryMarshal.Cast<byte, float>(host.bytes);
                if (overwrite) for (int k = 0; k < dst.Length; k++) dst[k] = weight * src[k];
                else for (int k = 0; k < dst.Length; k++) dst[k] += weight * src[k];
            }
        }
    }
}
