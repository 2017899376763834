using System.Runtime.InteropServices;
using HessianDashboard.Core.Operators;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Runtime;
using TorchSharp;
using static TorchSharp.torch;
using TensorPrimitives = System.Numerics.Tensors.TensorPrimitives;

namespace HessianDashboard.Torch.Hessian;

/// <summary>
/// A cross-check of <see cref="HessianVectorProduct"/> by central differences of gradients:
/// H v ≈ (∇L(θ + h v) − ∇L(θ − h v)) / (2h), with only θ_G perturbed. The step is
/// h = ε^{1/3} (1 + ‖θ_G‖) / ‖v‖, balancing the truncation error O(h² ‖∇³L‖ ‖v‖³) against the
/// rounding error O(ε ‖∇L‖ / h); in float64 (ε ≈ 2.2e-16, ε^{1/3} ≈ 6e-6) expect ~1e-9–1e-8
/// relative agreement on smooth losses. θ is restored bitwise after every product.
/// </summary>
/// <remarks>
/// Two gradients per product and only approximately symmetric: a check, not an operator to run
/// Lanczos on. Not thread-safe, and the module must not be used elsewhere during <see cref="Apply"/>.
/// The parameters are perturbed through their storage (contiguous CPU parameters only), so graphs
/// retained by a <see cref="HessianVectorProduct"/> on the same module stay valid.
/// </remarks>
public sealed class FiniteDifferenceHessianVectorProduct : ISymmetricOperator, IDisposable
{
    private readonly HessianBatch _batch;
    private readonly double _epsilon;

    /// <summary>Builds the check over the same kind of batch and options as <see cref="HessianVectorProduct"/> (chunk policy ignored).</summary>
    public FiniteDifferenceHessianVectorProduct(ILossModel model, Tensor inputs, Tensor targets, HessianOptions? options = null)
    {
        TorchRuntime.EnsureLoaded();
        options ??= new HessianOptions();
        _batch = HessianBatch.Create(model, inputs, targets, options);
        try
        {
            if (options.VerifyDeterminism) DeterminismCheck.Verify(_batch);
            _epsilon = options.Precision == HessianPrecision.Float32 ? MathF.BitIncrement(1f) - 1f : Math.BitIncrement(1.0) - 1.0;
        }
        catch
        {
            _batch.Dispose();
            throw;
        }
    }

    /// <summary>n = number of selected parameters.</summary>
    public int Dimension => _batch.Group.Dimension;

    /// <summary>The step h used by the last <see cref="Apply"/> (NaN before the first).</summary>
    public double LastStep { get; private set; } = double.NaN;

    /// <summary>The step h = ε^{1/3}(1 + ‖θ‖)/‖v‖ for machine epsilon ε.</summary>
    public static double StepSize(double parameterNorm, double directionNorm, double epsilon) =>
        Math.Cbrt(epsilon) * (1 + parameterNorm) / directionNorm;

    /// <summary>y ≈ H x by central differences (y = 0 for x = 0).</summary>
    public void Apply(ReadOnlySpan<double> x, Span<double> y)
    {
        if (x.Length != Dimension || y.Length != Dimension)
            throw new ArgumentException($"Apply expects vectors of length n = {Dimension}, got {x.Length} and {y.Length}.");
        double vNorm = Math.Sqrt(TensorPrimitives.SumOfSquares(x));
        if (vNorm == 0) { y.Clear(); return; }
        var parameters = _batch.Group.Tensors;
        if (parameters.Any(p => p.device_type != DeviceType.CPU || !p.is_contiguous()))
            throw new NotSupportedException("The finite-difference check perturbs parameters in host memory; it needs contiguous CPU parameters.");
        // Perturb through the raw storage, not copy_: an in-place op would bump the parameters' version
        // counters and invalidate every retained gradient graph (libtorch then aborts the process).
        var saved = parameters.Select(p => p.bytes.ToArray()).ToArray();
        double thetaSquares = 0;
        foreach (var s in saved) thetaSquares += _batch.DType == ScalarType.Float64
            ? TensorPrimitives.SumOfSquares(MemoryMarshal.Cast<byte, double>(s))
            : TensorPrimitives.SumOfSquares(MemoryMarshal.Cast<byte, float>(s));
        double h = StepSize(Math.Sqrt(thetaSquares), vNorm, _epsilon);
        LastStep = h;
        var minus = new double[Dimension];
        try
        {
            Shift(parameters, saved, x, h);
            _batch.Gradient(y);
            Shift(parameters, saved, x, -h);
            _batch.Gradient(minus);
        }
        finally
        {
            for (int i = 0; i < saved.Length; i++) saved[i].CopyTo(parameters[i].bytes); // bitwise restore
        }
        double inv = 1 / (2 * h);
        for (int i = 0; i < y.Length; i++) y[i] = (y[i] - minus[i]) * inv;
    }

    /// <summary>θ_G ← saved + h·x (rounded to the parameter dtype), written into the parameters' storage.</summary>
    private void Shift(IReadOnlyList<Tensor> parameters, byte[][] saved, ReadOnlySpan<double> x, double h)
    {
        var group = _batch.Group;
        for (int i = 0; i < saved.Length; i++)
        {
            var v = x.Slice((int)group.Offsets[i], (int)group.Sizes[i]);
            if (_batch.DType == ScalarType.Float64)
            {
                var src = MemoryMarshal.Cast<byte, double>(saved[i]);
                var dst = MemoryMarshal.Cast<byte, double>(parameters[i].bytes);
                for (int k = 0; k < dst.Length; k++) dst[k] = src[k] + h * v[k];
            }
            else
            {
                var src = MemoryMarshal.Cast<byte, float>(saved[i]);
                var dst = MemoryMarshal.Cast<byte, float>(parameters[i].bytes);
                for (int k = 0; k < dst.Length; k++) dst[k] = (float)(src[k] + h * v[k]);
            }
        }
    }

    /// <summary>Frees the batch copies (the module is untouched).</summary>
    public void Dispose()
    {
        _batch.Dispose();
    }
}
