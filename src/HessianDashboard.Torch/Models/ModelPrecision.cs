using static TorchSharp.torch;

namespace HessianDashboard.Torch.Models;

/// <summary>
/// The floating-point type of a model's parameters and activations. Float64 is the default: every
/// Hessian-vector product feeds Lanczos, whose reported eigenvalues are float64 (design: numerics).
/// </summary>
public enum ModelPrecision
{
    /// <summary>IEEE double (torch.float64), the default.</summary>
    Float64,

    /// <summary>IEEE single (torch.float32), for large models or fast training.</summary>
    Float32,
}

/// <summary>Conversions between <see cref="ModelPrecision"/> and TorchSharp dtypes.</summary>
public static class ModelPrecisionExtensions
{
    /// <summary>The TorchSharp scalar type of <paramref name="precision"/>.</summary>
    public static ScalarType ToScalarType(this ModelPrecision precision) =>
        precision == ModelPrecision.Float32 ? ScalarType.Float32 : ScalarType.Float64;

    /// <summary>The precision of a floating scalar type (float32 or float64 only).</summary>
    /// <exception cref="ArgumentException">Any other dtype.</exception>
    public static ModelPrecision FromScalarType(ScalarType type) => type switch
    {
        ScalarType.Float64 => ModelPrecision.Float64,
        ScalarType.Float32 => ModelPrecision.Float32,
        _ => throw new ArgumentException($"Only float32 and float64 models are supported, not {type}.", nameof(type)),
    };
}
