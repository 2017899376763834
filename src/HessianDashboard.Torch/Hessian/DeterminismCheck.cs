namespace HessianDashboard.Torch.Hessian;

/// <summary>
/// Guards a Hessian run against a random loss: the module (and every submodule) must be in eval
/// mode, and the loss and gradient evaluated twice on the same batch must agree to 1e-15 relative
/// (in practice bitwise). A random loss (dropout, noise) has no well-defined Hessian and would make
/// Lanczos' Krylov space meaningless.
/// </summary>
internal static class DeterminismCheck
{
    public const double Tolerance = 1e-15;

    public static void Verify(HessianBatch batch)
    {
        var module = batch.Model.Module;
        if (module.training)
            throw new InvalidOperationException("The module is in training mode (dropout and batch statistics are random); call Module.eval() before a Hessian run.");
        foreach (var (name, sub) in module.named_modules())
        {
            if (sub.training)
                throw new InvalidOperationException($"Submodule '{name}' is in training mode (dropout and batch statistics are random); call Module.eval() before a Hessian run.");
        }
        int n = batch.Group.Dimension;
        var g1 = new double[n];
        var g2 = new double[n];
        double l1 = batch.Gradient(g1), l2 = batch.Gradient(g2);
        double scale = 0, diff = 0;
        for (int i = 0; i < n; i++)
        {
            scale = Math.Max(scale, Math.Abs(g1[i]));
            diff = Math.Max(diff, Math.Abs(g1[i] - g2[i]));
        }
        if (!double.IsFinite(l1) || !double.IsFinite(scale))
            throw new InvalidOperationException($"The loss ({l1:R}) or its gradient is not finite on this batch; no Hessian can be computed.");
        if (Math.Abs(l1 - l2) > Tolerance * Math.Abs(l1) || diff > Tolerance * scale)
        {
            throw new InvalidOperationException(
                $"The loss is not deterministic: two evaluations on the same batch gave losses {l1:R} and {l2:R} and gradients differing by " +
                $"{diff:G3} (max |g| = {scale:G3}). Remove randomness from the loss (dropout, noise, nondeterministic kernels) before a Hessian run.");
        }
    }
}
