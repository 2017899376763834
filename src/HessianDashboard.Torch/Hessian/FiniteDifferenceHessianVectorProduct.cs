using HessianDashboard.Core.Operators;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Runtime;
using TorchSharp;
using static TorchSharp.torch;

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
/// </remarks>
public sealed class FiniteDifferenceHessianVectorProduct : ISymmetricOperator, IDisposable
{
    private readonly HessianBatch _batch;
    private readonly Tensor _direction;
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
            _direction = zeros(Dimension, _batch.DType).DetachFromDisposeScope();
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
        double vNorm = Math.Sqrt(System.Numerics.Tensors.TensorPrimitives.SumOfSquares(x));
        if (vNorm == 0) { y.Clear(); return; }
        using var scope = NewDisposeScope();
        var parameters = _batch.Group.Tensors;
        Tensor[] saved;
        double thetaSquares = 0;
        using (no_grad())
        {
            saved = parameters.Select(p => p.detach().clone()).ToArray();
            foreach (var s in saved) thetaSquares += s.square().sum().ToDouble();
        }
        double h = StepSize(Math.Sqrt(thetaSquares), vNorm, _epsilon);
        LastStep = h;
        FlatVector.Write(x, _direction);
        var group = _batch.Group;
        var views = new Tensor[parameters.Count];
        for (int i = 0; i < views.Length; i++)
            views[i] = _direction.narrow(0, group.Offsets[i], group.Sizes[i]).view(group.Shapes[i]).to(parameters[i].device);
        var minus = new double[Dimension];
        try
        {
            Shift(parameters, saved, views, h);
            _batch.Gradient(y);
            Shift(parameters, saved, views, -h);
            _batch.Gradient(minus);
        }
        finally
        {
            using (no_grad()) for (int i = 0; i < saved.Length; i++) parameters[i].copy_(saved[i]);
        }
        double inv = 1 / (2 * h);
        for (int i = 0; i < y.Length; i++) y[i] = (y[i] - minus[i]) * inv;
    }

    private static void Shift(IReadOnlyList<Tensor> parameters, Tensor[] saved, Tensor[] views, double h)
    {
        using var scope = NewDisposeScope();
        using var guard = no_grad();
        for (int i = 0; i < saved.Length; i++) parameters[i].copy_(saved[i].add(views[i], alpha: h));
    }

    /// <summary>Frees the batch copies (the module is untouched).</summary>
    public void Dispose()
    {
        _direction?.Dispose();
        _batch.Dispose();
    }
}
