using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Probing;
using CoreLanczos = HessianDashboard.Core.Spectrum.Lanczos;

namespace HessianDashboard.Experiments.Networks;

/// <summary>
/// Lanczos on a network Hessian with the artifact store: a stored run of the same Hessian (fingerprint) and options is
/// replayed — its steps go to the progress and step callbacks in order, as if it ran now, so live ladders fill —
/// otherwise the run is computed with every step recorded, and stored when it finished (not when cancelled).
/// </summary>
internal static class RecordedLanczos
{
    /// <summary>Sends a stored run's steps to <paramref name="progress"/> ("lanczos", k of m) and <paramref name="onStep"/>.</summary>
    public static StoredLanczosRun Replay(StoredLanczosRun stored, IProgress<ExperimentProgress>? progress, Action<LanczosStep>? onStep)
    {
        foreach (var step in stored.Steps) Report(step, stored.Options.Iterations, progress, onStep);
        return stored;
    }

    /// <summary>Runs Lanczos on <paramref name="hessian"/>, recording every step, and stores the run in <paramref name="store"/> when it finished.</summary>
    public static StoredLanczosRun Record(NetworkHessian hessian, string fingerprint, LanczosOptions options, NetworkArtifactStore? store,
        IProgress<ExperimentProgress>? progress, Action<LanczosStep>? onStep, CancellationToken cancellationToken)
    {
        double[] gradient = hessian.Gradient();
        var steps = new List<LanczosStep>(options.Iterations);
        var result = CoreLanczos.Run(hessian, options, step =>
        {
            steps.Add(step);
            Report(step, options.Iterations, progress, onStep);
        }, cancellationToken);
        var run = new StoredLanczosRun
        {
            Fingerprint = fingerprint,
            Options = options,
            Loss = hessian.Loss,
            GradientNorm = Math.Sqrt(gradient.Sum(g => g * g)),
            Result = result,
            Steps = steps,
        };
        store?.SaveLanczos(run);
        return run;
    }

    private static void Report(LanczosStep step, int m, IProgress<ExperimentProgress>? progress, Action<LanczosStep>? onStep)
    {
        progress?.Report(new ExperimentProgress("lanczos", step.K, m));
        onStep?.Invoke(step);
    }
}
