using HessianDashboard.Core.Randomness;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Models;

/// <summary>
/// Seeded parameter initialisation computed in C# (Core's <see cref="GaussianSampler"/>, a frozen
/// <see cref="Random"/>(seed) stream) and copied in, so the same seed gives the same network on
/// every device and libtorch build, in parameter order.
/// </summary>
internal static class ParameterInit
{
    /// <summary>Fills <paramref name="parameter"/> with draws of <paramref name="draw"/> in row-major order.</summary>
    public static void Fill(Parameter parameter, Func<double> draw)
    {
        var values = new double[parameter.numel()];
        for (int i = 0; i < values.Length; i++) values[i] = draw();
        using var _ = no_grad();
        using Tensor source = tensor(values, parameter.shape, ScalarType.Float64);
        parameter.copy_(source);
    }

    /// <summary>U(−bound, bound) draws.</summary>
    public static void Uniform(Parameter parameter, GaussianSampler sampler, double bound) =>
        Fill(parameter, () => (2 * sampler.Uniform.NextDouble() - 1) * bound);

    /// <summary>N(0, std²) draws.</summary>
    public static void Normal(Parameter parameter, GaussianSampler sampler, double std) =>
        Fill(parameter, () => std * sampler.Next());

    /// <summary>All ones.</summary>
    public static void Ones(Parameter parameter) => Fill(parameter, () => 1.0);
}
