using HessianDashboard.Torch.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Tests.TestSupport;

/// <summary>An <see cref="ILossModel"/> from a module and a mean-loss function, for tests with closed-form Hessians.</summary>
public sealed class DelegateLossModel(nn.Module module, Func<Tensor, Tensor, Tensor> loss, long inputWidth) : ILossModel
{
    public nn.Module Module { get; } = module;

    public Tensor Loss(Tensor inputs, Tensor targets) => loss(inputs, targets);

    public void ValidateBatch(Tensor inputs, Tensor targets)
    {
        if (inputs.dim() != 2 || inputs.shape[1] != inputWidth)
            throw new ArgumentException($"Expected inputs [N, {inputWidth}], got [{string.Join(", ", inputs.shape)}].");
    }

    public void Dispose() => Module.Dispose();
}
