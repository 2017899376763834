using HessianDashboard.Torch.Models;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Tests.Benchmarks;

/// <summary>
/// The torch-level floor of a gradient and a Hessian-vector product: bare autograd.grad calls on
/// libtorch tensors, with no managed copies in or out, over a graph built once.
/// </summary>
internal sealed class TorchFloor : IDisposable
{
    private readonly ILossModel _model;
    private readonly Tensor _inputs, _targets;
    private readonly Tensor[] _parameters, _grads, _directions;

    public TorchFloor(ILossModel model, Tensor inputs, Tensor targets, double[] v)
    {
        (_model, _inputs, _targets) = (model, inputs, targets);
        _parameters = model.Module.parameters().Select(p => (Tensor)p).ToArray();
        using var scope = NewDisposeScope();
        var loss = model.Loss(inputs, targets);
        _grads = autograd.grad([loss], _parameters, retain_graph: true, create_graph: true).Select(g => g.DetachFromDisposeScope()).ToArray();
        long offset = 0;
        _directions = _parameters.Select(p =>
        {
            var d = tensor(v.AsSpan((int)offset, (int)p.numel()).ToArray(), p.shape, ScalarType.Float64).DetachFromDisposeScope();
            offset += p.numel();
            return d;
        }).ToArray();
    }

    public void Gradient()
    {
        using var scope = NewDisposeScope();
        autograd.grad([_model.Loss(_inputs, _targets)], _parameters);
    }

    public void Hvp()
    {
        using var scope = NewDisposeScope();
        autograd.grad(_grads, _parameters, _directions, retain_graph: true);
    }

    public void Dispose()
    {
        foreach (var t in _grads.Concat(_directions)) t.Dispose();
    }
}
