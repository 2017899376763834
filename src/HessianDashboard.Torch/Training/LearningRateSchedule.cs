namespace HessianDashboard.Torch.Training;

/// <summary>
/// nanoGPT's <c>get_lr</c>: linear warm-up lr·(it+1)/(warmup+1) for it &lt; warmup, then cosine decay
/// min + ½(1 + cos(π·(it − warmup)/(decay − warmup)))·(lr − min) until <paramref name="DecayIterations"/>,
/// then <paramref name="MinLearningRate"/>. With <paramref name="Decay"/> false the rate is constant.
/// </summary>
/// <param name="LearningRate">Peak rate (nanoGPT shakespeare_char: 1e-3).</param>
/// <param name="MinLearningRate">Floor (1e-4, lr/10).</param>
/// <param name="WarmupIterations">Warm-up steps (100).</param>
/// <param name="DecayIterations">Where the cosine reaches the floor (lr_decay_iters = max_iters).</param>
/// <param name="Decay">Whether to warm up and decay at all (nanoGPT's decay_lr).</param>
public sealed record LearningRateSchedule(
    double LearningRate = 1e-3, double MinLearningRate = 1e-4, int WarmupIterations = 100, int DecayIterations = 2000, bool Decay = true)
{
    /// <summary>The rate for step <paramref name="iteration"/> (0-based).</summary>
    public double At(int iteration)
    {
        if (!Decay) return LearningRate;
        if (iteration < WarmupIterations) return LearningRate * (iteration + 1) / (WarmupIterations + 1);
        if (iteration > DecayIterations || DecayIterations <= WarmupIterations) return MinLearningRate;
        double ratio = (double)(iteration - WarmupIterations) / (DecayIterations - WarmupIterations);
        return MinLearningRate + 0.5 * (1 + Math.Cos(Math.PI * ratio)) * (LearningRate - MinLearningRate);
    }
}
