using HessianDashboard.Core.Operators;
using HessianDashboard.Torch.Data;
using HessianDashboard.Torch.Data.Text;
using HessianDashboard.Torch.Hessian;
using HessianDashboard.Torch.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Probing;

/// <summary>
/// The loss Hessian of a network over a recorded Hessian batch, for callers outside the Torch project: built from
/// arrays (an <see cref="ImageDataset"/> and its <see cref="ImageBatchSelection"/>, or a <see cref="CharBatch"/>),
/// it exposes Core's <see cref="ISymmetricOperator"/> (each Apply one Hessian-vector product), the mean loss, the
/// gradient and a fingerprint — never a tensor. The model must stay unchanged while this lives (decision 006).
/// </summary>
public sealed class NetworkHessian : ISymmetricOperator, IDisposable
{
    private readonly HessianVectorProduct _hvp;
    private readonly ILossModel _model;
    private readonly HessianOptions _options;
    private readonly Tensor _inputs, _targets;

    private NetworkHessian(HessianVectorProduct hvp, ILossModel model, HessianOptions options, Tensor inputs, Tensor targets) =>
        (_hvp, _model, _options, _inputs, _targets) = (hvp, model, options, inputs, targets);

    /// <summary>The Hessian of the mean cross-entropy over the selected images (pixels as stored, e.g. pixel/255).</summary>
    public static NetworkHessian ForImages(ILossModel model, ImageDataset data, ImageBatchSelection batch, HessianOptions? options = null) =>
        Create(model, options, ImageBatch(model, data, batch));

    /// <summary>The Hessian of the mean next-token cross-entropy over the blocks of <paramref name="blocks"/>.</summary>
    public static NetworkHessian ForText(ILossModel model, CharBatch blocks, HessianOptions? options = null) =>
        Create(model, options, TextBatch(model, blocks));

    /// <summary>
    /// The identity of the Hessian <see cref="ForImages"/> would build, computed without building it: the batch is
    /// assembled and hashed with the parameters, but no forward or backward pass runs (no gradient graph, no
    /// determinism check). Lets a caller look up results stored under the fingerprint before paying for the graph.
    /// </summary>
    public static HessianIdentity IdentifyImages(ILossModel model, ImageDataset data, ImageBatchSelection batch, HessianOptions? options = null) =>
        Identify(model, options, ImageBatch(model, data, batch));

    /// <summary>The identity of the Hessian <see cref="ForText"/> would build, without building it (see <see cref="IdentifyImages"/>).</summary>
    public static HessianIdentity IdentifyText(ILossModel model, CharBatch blocks, HessianOptions? options = null) =>
        Identify(model, options, TextBatch(model, blocks));

    private static Func<ScalarType, Device, (Tensor Inputs, Tensor Targets)> ImageBatch(ILossModel model, ImageDataset data, ImageBatchSelection batch)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Population != data.Count)
            throw new ArgumentException($"The Hessian batch indexes {batch.Population:N0} samples but {data.Name} has {data.Count:N0}.", nameof(batch));
        if (batch.Indices.Any(i => i < 0 || i >= data.Count))
            throw new ArgumentException($"A Hessian batch index is outside 0 … {data.Count - 1}.", nameof(batch));
        var pixels = new float[batch.Size * data.Features];
        var labels = new long[batch.Size];
        for (int b = 0; b < batch.Size; b++)
        {
            data.Sample(batch.Indices[b]).CopyTo(pixels.AsSpan(b * data.Features, data.Features));
            labels[b] = data.Labels[batch.Indices[b]];
        }
        return (dtype, device) =>
        (
            tensor(pixels, [batch.Size, data.Features]).to(dtype, device),
            tensor(labels, [batch.Size]).to(device)
        );
    }

    private static Func<ScalarType, Device, (Tensor Inputs, Tensor Targets)> TextBatch(ILossModel model, CharBatch blocks)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(blocks);
        long[] shape = [blocks.Count, blocks.BlockLength];
        return (_, device) =>
        (
            tensor(blocks.Inputs.Select(t => (long)t).ToArray(), shape).to(device),
            tensor(blocks.Targets.Select(t => (long)t).ToArray(), shape).to(device)
        );
    }

    private static HessianIdentity Identify(ILossModel model, HessianOptions? options, Func<ScalarType, Device, (Tensor Inputs, Tensor Targets)> batch)
    {
        var first = model.Module.parameters().FirstOrDefault() ?? throw new ArgumentException("The model has no parameters.", nameof(model));
        options ??= new HessianOptions();
        using var scope = NewDisposeScope(); // the batch tensors live only as long as the hash needs them
        var (inputs, targets) = batch(first.dtype, first.device);
        using var validated = HessianBatch.Create(model, inputs, targets, options);
        return new HessianIdentity(HessianFingerprint.Compute(validated, options.Precision), validated.Group.Dimension, validated.Group.Names);
    }

    private static NetworkHessian Create(ILossModel model, HessianOptions? options, Func<ScalarType, Device, (Tensor Inputs, Tensor Targets)> batch)
    {
        var first = model.Module.parameters().FirstOrDefault() ?? throw new ArgumentException("The model has no parameters.", nameof(model));
        options ??= new HessianOptions();
        using var scope = NewDisposeScope(); // frees the intermediate host tensors; the batch itself lives with this object
        var (inputs, targets) = batch(first.dtype, first.device);
        inputs.DetachFromDisposeScope();
        targets.DetachFromDisposeScope();
        try
        {
            return new NetworkHessian(new HessianVectorProduct(model, inputs, targets, options), model, options, inputs, targets);
        }
        catch
        {
            inputs.Dispose();
            targets.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public int Dimension => _hvp.Dimension;

    /// <summary>Samples (images or blocks) in the Hessian batch.</summary>
    public long BatchSize => _hvp.BatchSize;

    /// <summary>The mean loss over the batch at the current parameters.</summary>
    public double Loss => _hvp.Loss;

    /// <summary>The names of the parameters the Hessian is taken over (all, or a group).</summary>
    public IReadOnlyList<string> ParameterNames => _hvp.Parameters.Names;

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<double> x, Span<double> y) => _hvp.Apply(x, y);

    /// <summary>∇L over the batch, in parameter order.</summary>
    public double[] Gradient() => _hvp.Gradient();

    /// <summary>SHA-256 of parameters, group, precision and batch: identifies this exact Hessian (for exact-Hessian resume and manifests).</summary>
    public string Fingerprint() => _hvp.Fingerprint();

    /// <summary>The exact Hessian (n products), resumable from <paramref name="rowFile"/>, with its eigenvalues computed by the caller.</summary>
    public DenseHessian Exact(string? rowFile, Action<ExactHessianProgress>? progress, CancellationToken cancellationToken) =>
        ExactHessian.Compute(_hvp, rowFile, progress, cancellationToken);

    /// <summary>
    /// Cross-checks the products against central differences of gradients on a seeded Gaussian direction v:
    /// returns ‖Hv − H_FD v‖ / ‖Hv‖ (float64: expect ~1e-9–1e-7 on smooth losses; a large value means a broken graph).
    /// </summary>
    public double FiniteDifferenceCheck(int seed)
    {
        var v = new double[Dimension];
        new HessianDashboard.Core.Randomness.GaussianSampler(seed).Fill(v);
        var exact = new double[Dimension];
        var approximate = new double[Dimension];
        _hvp.Apply(v, exact);
        using (var fd = new FiniteDifferenceHessianVectorProduct(_model, _inputs, _targets, _options with { VerifyDeterminism = false }))
            fd.Apply(v, approximate);
        double difference = 0, norm = 0;
        for (int i = 0; i < exact.Length; i++)
        {
            difference += (exact[i] - approximate[i]) * (exact[i] - approximate[i]);
            norm += exact[i] * exact[i];
        }
        return norm == 0 ? Math.Sqrt(difference) : Math.Sqrt(difference / norm);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _hvp.Dispose();
        _inputs.Dispose();
        _targets.Dispose();
    }
}
