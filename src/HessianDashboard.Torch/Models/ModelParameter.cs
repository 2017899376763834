namespace HessianDashboard.Torch.Models;

/// <summary>One named parameter tensor of a model.</summary>
/// <param name="Name">PyTorch name, e.g. "0.weight" or "transformer.h.0.attn.c_attn.weight".</param>
/// <param name="Shape">Dimensions.</param>
public sealed record ModelParameter(string Name, long[] Shape)
{
    /// <summary>Product of the shape.</summary>
    public long Count => Shape.Aggregate(1L, (a, b) => a * b);

    /// <summary>The parameters of <paramref name="module"/> in registration order.</summary>
    internal static IReadOnlyList<ModelParameter> Of(TorchSharp.torch.nn.Module module) =>
        module.named_parameters().Select(p => new ModelParameter(p.name, p.parameter.shape)).ToList();
}
