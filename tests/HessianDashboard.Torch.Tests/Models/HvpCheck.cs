using HessianDashboard.Torch.Models;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Tests.Models;

/// <summary>Hessian-vector products two ways: double backward, and a central difference of gradients.</summary>
internal static class HvpCheck
{
    /// <summary>‖H v (double backward) − (∇L(θ + h v) − ∇L(θ − h v))/(2h)‖ / ‖H v‖ for a seeded random v.</summary>
    public static double RelativeError(ILossModel model, Tensor inputs, Tensor targets, double h, int seed)
    {
        using var scope = NewDisposeScope();
        Parameter[] parameters = model.Module.parameters().ToArray();
        var random = new Random(seed);
        Tensor[] v = parameters.Select(p => tensor(
            Enumerable.Range(0, (int)p.numel()).Select(_ => random.NextDouble() - 0.5).ToArray(), p.shape, ScalarType.Float64)).ToArray();

        Tensor loss = model.Loss(inputs, targets);
        Tensor[] g = autograd.grad([loss], parameters, create_graph: true, retain_graph: true).ToArray();
        Tensor[] hv = autograd.grad(g, parameters, v, retain_graph: true).ToArray();

        Tensor[] plus = ShiftedGradient(model, parameters, v, h, inputs, targets);
        Tensor[] minus = ShiftedGradient(model, parameters, v, -h, inputs, targets);
        double diff = 0, norm = 0;
        for (int i = 0; i < parameters.Length; i++)
        {
            Tensor fd = (plus[i] - minus[i]) / (2 * h);
            diff += (hv[i] - fd).pow(2).sum().item<double>();
            norm += hv[i].pow(2).sum().item<double>();
        }
        return Math.Sqrt(diff / norm);
    }

    private static Tensor[] ShiftedGradient(ILossModel model, Parameter[] parameters, Tensor[] v, double h, Tensor inputs, Tensor targets)
    {
        using (no_grad())
            for (int i = 0; i < parameters.Length; i++) parameters[i].add_(v[i], h);
        Tensor[] g = autograd.grad([model.Loss(inputs, targets)], parameters).Select(t => t.detach().clone()).ToArray();
        using (no_grad())
            for (int i = 0; i < parameters.Length; i++) parameters[i].add_(v[i], -h);
        return g;
    }
}
