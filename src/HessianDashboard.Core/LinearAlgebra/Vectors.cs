using System.Numerics.Tensors;

namespace HessianDashboard.Core.LinearAlgebra;

/// <summary>SIMD level-1 kernels (via <see cref="TensorPrimitives"/>) used in every Krylov step.</summary>
public static class Vectors
{
    /// <summary>xᵀy.</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y) => TensorPrimitives.Dot(x, y);

    /// <summary>‖x‖₂, computed without overflow for any finite x.</summary>
    public static double Norm(ReadOnlySpan<double> x) => TensorPrimitives.Norm(x);

    /// <summary>y ← y + a·x.</summary>
    public static void Axpy(double a, ReadOnlySpan<double> x, Span<double> y) => TensorPrimitives.MultiplyAdd(x, a, y, y);

    /// <summary>x ← a·x.</summary>
    public static void Scale(double a, Span<double> x) => TensorPrimitives.Multiply(x, a, x);

    /// <summary>True when every entry is finite (no NaN, no ±∞).</summary>
    public static bool AllFinite(ReadOnlySpan<double> x)
    {
        // Fast path: a finite xᵀx proves every entry finite; an infinite one may come from
        // overflow of large finite entries, so only then look entry by entry.
        return double.IsFinite(TensorPrimitives.Dot(x, x)) || AllFiniteSlow(x);
    }

    private static bool AllFiniteSlow(ReadOnlySpan<double> x)
    {
        foreach (double v in x)
            if (!double.IsFinite(v)) return false;
        return true;
    }
}
