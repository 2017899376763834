using TorchSharp;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Models;

/// <summary>
/// A network together with its training loss L(θ) = (1/N) Σᵢ ℓ(f(xᵢ; θ), yᵢ), the mean over the
/// samples of a batch. Every Hessian in the product is the Hessian of this mean with respect to the
/// module's parameters (or a named group of them).
/// </summary>
/// <remarks>
/// Implementations must be deterministic in evaluation mode (dropout off) and twice differentiable
/// with plain tensor operations (no fused kernels without a double backward).
/// </remarks>
public interface ILossModel : IDisposable
{
    /// <summary>The module whose <c>named_parameters()</c> are θ, with PyTorch-compatible names.</summary>
    nn.Module Module { get; }

    /// <summary>The mean loss over the batch: a scalar tensor attached to the autograd graph.</summary>
    /// <param name="inputs">Samples along dimension 0 (MLP: [N, 784] floating; NanoGPT: [N, T] int64 tokens).</param>
    /// <param name="targets">Targets along dimension 0 (MLP: [N] int64 classes; NanoGPT: [N, T] int64 tokens).</param>
    Tensor Loss(Tensor inputs, Tensor targets);

    /// <summary>Checks the shapes and dtypes of a batch before it reaches libtorch (whose errors inside autograd can abort the process).</summary>
    /// <exception cref="ArgumentException">The batch does not fit the model, with both shapes in the message.</exception>
    void ValidateBatch(Tensor inputs, Tensor targets);
}
