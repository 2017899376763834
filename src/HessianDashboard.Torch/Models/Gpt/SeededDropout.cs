using TorchSharp;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Models.Gpt;

/// <summary>
/// Inverted dropout, x ⊙ m/(1 − p) with m ~ Bernoulli(1 − p), whose masks come from the model's own
/// generator instead of torch's process-wide one: other models created or trained concurrently
/// (module constructors draw from the global generator) cannot shift this model's masks. The
/// identity in evaluation mode or when p = 0.
/// </summary>
internal sealed class SeededDropout : nn.Module<Tensor, Tensor>
{
    private readonly double _probability;
    private readonly DropoutGenerator _generator;

    public SeededDropout(double probability, DropoutGenerator generator) : base("Dropout")
    {
        _probability = probability;
        _generator = generator;
    }

    public override Tensor forward(Tensor input)
    {
        if (!training || _probability == 0) return input.alias();
        using var scope = NewDisposeScope();
        Tensor keep = rand(input.shape, input.dtype, input.device, generator: _generator.For(input.device)).ge(_probability);
        return (input * keep.to_type(input.dtype) * (1.0 / (1.0 - _probability))).MoveToOuterDisposeScope();
    }
}
