using HessianDashboard.Torch.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Hessian;

/// <summary>
/// A validated Hessian batch: the model, the selected parameters, and the batch split into chunks of
/// weight n_c/N, so that Σ_c (n_c/N)·L_c is the mean loss over all N samples.
/// </summary>
internal sealed class HessianBatch : IDisposable
{
    private readonly Tensor _inputs;
    private readonly Tensor _targets;
    private readonly (Tensor Inputs, Tensor Targets, double Weight)[] _chunks;

    private HessianBatch(ILossModel model, ParameterGroup group, ScalarType dtype, Tensor inputs, Tensor targets, int chunkSize)
    {
        Model = model;
        Group = group;
        DType = dtype;
        _inputs = inputs;
        _targets = targets;
        Size = inputs.shape[0];
        long step = chunkSize <= 0 ? Size : Math.Min(chunkSize, Size);
        int count = (int)((Size + step - 1) / step);
        _chunks = new (Tensor, Tensor, double)[count];
        for (int c = 0; c < count; c++)
        {
            long start = c * step, length = Math.Min(step, Size - start);
            // Views owned by this batch: detached from any dispose scope the caller may have open.
            _chunks[c] = (inputs.narrow(0, start, length).DetachFromDisposeScope(),
                targets.narrow(0, start, length).DetachFromDisposeScope(), (double)length / Size);
        }
    }

    public ILossModel Model { get; }
    public ParameterGroup Group { get; }
    public ScalarType DType { get; }
    public long Size { get; }
    public int ChunkCount => _chunks.Length;
    public Device Device => Group.Tensors[0].device;
    public Tensor Inputs => _inputs;
    public Tensor Targets => _targets;
    public double Weight(int chunk) => _chunks[chunk].Weight;

    public static HessianBatch Create(ILossModel model, Tensor inputs, Tensor targets, HessianOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        options.Validate();
        // Shapes and dtypes are checked here, in managed code: a libtorch error inside autograd can abort the process.
        if (inputs.dim() == 0 || inputs.shape[0] == 0) throw new ArgumentException("The Hessian batch is empty.");
        if (targets.dim() == 0 || targets.shape[0] != inputs.shape[0])
            throw new ArgumentException($"Inputs [{string.Join(", ", inputs.shape)}] and targets [{string.Join(", ", targets.shape)}] disagree on the number of samples.");
        model.ValidateBatch(inputs, targets);
        var group = ParameterGroup.Select(model.Module, options.ParameterPatterns);
        var dtype = options.Precision == HessianPrecision.Float32 ? ScalarType.Float32 : ScalarType.Float64;
        foreach (var (name, p) in model.Module.named_parameters())
        {
            if (p.dtype != dtype)
                throw new ArgumentException($"Parameter '{name}' is {p.dtype} but the precision is {options.Precision}; convert the model first (Module.to({dtype})).");
        }
        var device = group.Tensors[0].device;
        Tensor x = inputs.detach(), y = targets.detach();
        if (x.is_floating_point() && x.dtype != dtype) x = Replace(x, x.to(dtype));
        if (x.device != device) x = Replace(x, x.to(device));
        if (y.is_floating_point() && y.dtype != dtype) y = Replace(y, y.to(dtype));
        if (y.device != device) y = Replace(y, y.to(device));
        x.DetachFromDisposeScope();
        y.DetachFromDisposeScope();
        return new HessianBatch(model, group, dtype, x, y, options.ChunkSize);
    }

    /// <summary>The mean loss of chunk <paramref name="chunk"/>, attached to the autograd graph.</summary>
    public Tensor ChunkLoss(int chunk)
    {
        var (x, y, _) = _chunks[chunk];
        var loss = Model.Loss(x, y);
        if (loss.numel() != 1) throw new InvalidOperationException($"The model's loss has shape [{string.Join(", ", loss.shape)}]; it must be a scalar (the mean over the batch).");
        if (!loss.requires_grad) throw new InvalidOperationException("The model's loss does not require grad: no selected parameter influences it.");
        return loss;
    }

    /// <summary>The mean-loss gradient ∇L(θ_G) = Σ_c (n_c/N) ∇L_c into <paramref name="gradient"/>; returns L(θ).</summary>
    public double Gradient(Span<double> gradient)
    {
        double loss = 0;
        for (int c = 0; c < _chunks.Length; c++)
        {
            using var scope = NewDisposeScope();
            var l = ChunkLoss(c);
            var grads = autograd.grad([l], Group.Tensors.ToArray(), allow_unused: true);
            FlatVector.Accumulate(grads, Group, _chunks[c].Weight, gradient, overwrite: c == 0);
            loss += _chunks[c].Weight * l.ToDouble();
        }
        return loss;
    }

    public void Dispose()
    {
        foreach (var (x, y, _) in _chunks) { x.Dispose(); y.Dispose(); }
        _inputs.Dispose();
        _targets.Dispose();
    }

    private static Tensor Replace(Tensor old, Tensor replacement)
    {
        old.Dispose();
        return replacement;
    }
}
