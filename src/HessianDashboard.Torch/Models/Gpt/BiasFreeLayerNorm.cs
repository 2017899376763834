using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Models.Gpt;

/// <summary>nanoGPT's <c>LayerNorm(ndim, bias=False)</c>: y = (x − mean)/√(var + 1e-5) ⊙ weight, no shift.</summary>
internal sealed class BiasFreeLayerNorm : nn.Module<Tensor, Tensor>
{
    private readonly long[] _shape;

    public BiasFreeLayerNorm(long width) : base("LayerNorm")
    {
        _shape = [width];
        register_parameter("weight", new Parameter(ones(width)));
    }

    // Looked up per call: Module.to(dtype/device) replaces registered parameters, so a cached field would go stale.
    public override Tensor forward(Tensor input) =>
        nn.functional.layer_norm(input, _shape, get_parameter("weight"), null, 1e-5);
}
