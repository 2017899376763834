using HessianDashboard.Core.Operators;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Hessian;

/// <summary>
/// The Hessian H = ∇²_{θ_G} L(θ) of the mean loss L = (1/N) Σᵢ ℓ(f(xᵢ; θ), yᵢ) over a fixed batch, as
/// a symmetric operator: Apply(v) = H v by Pearlmutter's trick, ∂/∂θ_G ⟨∇_{θ_G} L, v⟩. The gradient
/// graph (create_graph) is built once per chunk; each product is then one backward pass through it
/// with grad_outputs = v (retain_graph), weighted by n_c/N per chunk. See docs/algorithms/hessian-vector-products.md.
/// </summary>
/// <remarks>
/// Exact up to rounding (no truncation error): in float64 the products agree with closed forms to
/// ~1e-14 relative; symmetry uᵀHv = vᵀHu holds to rounding only, since autograd does not enforce it.
/// The operator keeps references to the module's parameters: changing them (training) after
/// construction makes the retained graphs stale — build a new operator per checkpoint.
/// Not thread-safe; dispose it to free the graphs.
/// </remarks>
public sealed class HessianVectorProduct : ISymmetricOperator, IDisposable
{
    private readonly HessianBatch _batch;
    private readonly ChunkGraphPolicy _policy;
    private readonly Tensor _direction;
    private readonly Tensor? _deviceDirection;
    private readonly Tensor[] _directionViews;
    private readonly Tensor?[][]? _graphs;
    private readonly Tensor[] _parameters;
    private string? _fingerprint;
    private bool _disposed;

    /// <summary>
    /// Builds the operator over the batch (inputs, targets): validates the batch and the model's
    /// dtype, runs the determinism check (unless disabled) and, with <see cref="ChunkGraphPolicy.RetainAll"/>,
    /// builds every chunk's gradient graph.
    /// </summary>
    /// <exception cref="ArgumentException">The batch, the options or the model's dtype do not fit.</exception>
    /// <exception cref="InvalidOperationException">The module is in training mode or the loss is not deterministic.</exception>
    public HessianVectorProduct(ILossModel model, Tensor inputs, Tensor targets, HessianOptions? options = null)
    {
        TorchRuntime.EnsureLoaded();
        options ??= new HessianOptions();
        _batch = HessianBatch.Create(model, inputs, targets, options);
        try
        {
            _policy = options.ChunkPolicy;
            Precision = options.Precision;
            _parameters = _batch.Group.Tensors.ToArray();
            if (options.VerifyDeterminism) DeterminismCheck.Verify(_batch);
            _direction = zeros(Dimension, _batch.DType).DetachFromDisposeScope();
            var device = _batch.Device;
            if (device.type != DeviceType.CPU) _deviceDirection = zeros(Dimension, _batch.DType, device).DetachFromDisposeScope();
            var flat = _deviceDirection ?? _direction;
            var group = _batch.Group;
            _directionViews = new Tensor[group.Names.Count];
            for (int i = 0; i < _directionViews.Length; i++)
                _directionViews[i] = flat.narrow(0, group.Offsets[i], group.Sizes[i]).view(group.Shapes[i]).DetachFromDisposeScope();
            if (_policy == ChunkGraphPolicy.RetainAll)
            {
                _graphs = new Tensor?[_batch.ChunkCount][];
                double loss = 0;
                for (int c = 0; c < _batch.ChunkCount; c++)
                {
                    _graphs[c] = BuildGraph(c, out double chunkLoss, retain: true);
                    loss += _batch.Weight(c) * chunkLoss;
                }
                Loss = loss;
            }
            else
            {
                Loss = _batch.Gradient(new double[Dimension]);
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>n = number of selected parameters.</summary>
    public int Dimension => _batch.Group.Dimension;

    /// <summary>The selected parameters and their layout in the flat vectors.</summary>
    public ParameterGroup Parameters => _batch.Group;

    /// <summary>The precision of the products.</summary>
    public HessianPrecision Precision { get; }

    /// <summary>N, the number of samples in the Hessian batch.</summary>
    public long BatchSize => _batch.Size;

    /// <summary>How many chunks the batch is split into.</summary>
    public int ChunkCount => _batch.ChunkCount;

    /// <summary>L(θ), the mean loss over the batch at the current parameters.</summary>
    public double Loss { get; }

    /// <summary>y = H x: one double-backward per chunk, results weighted by n_c/N and summed in float64.</summary>
    public void Apply(ReadOnlySpan<double> x, Span<double> y)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (x.Length != Dimension || y.Length != Dimension)
            throw new ArgumentException($"Apply expects vectors of length n = {Dimension}, got {x.Length} and {y.Length}.");
        FlatVector.Write(x, _direction);
        _deviceDirection?.copy_(_direction);
        for (int c = 0; c < _batch.ChunkCount; c++)
        {
            using var scope = NewDisposeScope();
            var grads = _graphs is null ? BuildGraph(c, out _, retain: false) : _graphs[c];
            var outputs = new List<Tensor>(grads.Length);
            var directions = new List<Tensor>(grads.Length);
            for (int i = 0; i < grads.Length; i++)
            {
                if (grads[i] is null) continue; // ∇_i L does not depend on θ: its row of H is zero
                outputs.Add(grads[i]!);
                directions.Add(_directionViews[i]);
            }
            if (outputs.Count == 0)
            {
                if (c == 0) y.Clear();
                continue;
            }
            var hv = autograd.grad(outputs, _parameters, directions,
                retain_graph: _graphs is not null, create_graph: false, allow_unused: true);
            FlatVector.Accumulate(hv, _batch.Group, _batch.Weight(c), y, overwrite: c == 0);
        }
    }

    /// <summary>∇_{θ_G} L, the mean-loss gradient over the same batch (a fresh forward and backward, float64).</summary>
    public double[] Gradient()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var g = new double[Dimension];
        _batch.Gradient(g);
        return g;
    }

    /// <summary>
    /// SHA-256 (hex) of the parameter names, shapes and values, the selected group, the precision and
    /// the batch contents: equal fingerprints mean the same Hessian (used to refuse a mismatched resume).
    /// </summary>
    public string Fingerprint()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _fingerprint ??= HessianFingerprint.Compute(_batch, Precision);
    }

    /// <summary>Builds chunk c's gradient graph; entries that do not require grad (constant in θ) become null.</summary>
    private Tensor?[] BuildGraph(int chunk, out double loss, bool retain)
    {
        using var scope = NewDisposeScope();
        var l = _batch.ChunkLoss(chunk);
        var grads = autograd.grad([l], _parameters, retain_graph: true, create_graph: true, allow_unused: true);
        loss = l.ToDouble();
        var kept = new Tensor?[grads.Count];
        for (int i = 0; i < kept.Length; i++)
        {
            if (grads[i] is not { IsInvalid: false } g || !g.requires_grad) continue;
            kept[i] = retain ? g.DetachFromDisposeScope() : g.MoveToOuterDisposeScope();
        }
        return kept;
    }

    /// <summary>Frees the retained graphs and buffers (the model and the caller's batch tensors are not touched).</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (_graphs is not null)
            foreach (var graph in _graphs)
                if (graph is not null)
                    foreach (var g in graph) g?.Dispose();
        if (_directionViews is not null) foreach (var v in _directionViews) v?.Dispose();
        _direction?.Dispose();
        _deviceDirection?.Dispose();
        _batch.Dispose();
    }
}
