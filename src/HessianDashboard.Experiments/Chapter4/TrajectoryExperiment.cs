using System.Diagnostics;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>Runs a <see cref="TrajectoryRequest"/>: trains (or reuses) the MLP's checkpoints, then a Lanczos spectrum per checkpoint.</summary>
public static class TrajectoryExperiment
{
    /// <summary>Share of the progress bar given to training when it runs now.</summary>
    private const double TrainingShare = 0.3;

    /// <summary>Runs <paramref name="request"/>; cancellation keeps the checkpoints done (the result then says not completed).</summary>
    public static TrajectoryResult Run(TrajectoryRequest request, DataOptions data, NetworkArtifactStore store, Chapter4Observer? observer = null,
        CancellationToken cancellationToken = default)
    {
        request.EnsureValid();
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(store);
        var clock = Stopwatch.StartNew();
        observer?.Report("training", 0);
        var training = store.TrainMlp(request.Training(), data, TrainingObserver(observer, TrainingShare), cancellationToken);
        var losses = (training.Value.Epochs ?? []).Select(e => new LossPoint(e.Epoch, e.TrainLoss, e.TestLoss)).ToArray();
        var spectrum = new NetworkSpectrumRequest
        {
            Model = ModelKind.Mlp,
            Dataset = request.Dataset,
            Samples = request.Samples,
            HessianBatch = request.HessianBatch,
            BatchSeed = request.BatchSeed,
            Iterations = request.Iterations,
            Variant = Reorthogonalization.Full,
            StartSeed = request.StartSeed,
            Precision = ModelPrecision.Float64,
            Device = request.Device,
        };
        var settings = new TrajectorySettings("mlp", request.ResolvedEpochs(), spectrum, request.ResidualTolerance,
            request.Sigma, request.GridPoints, request.Bins, training.WasReused ? 0 : TrainingShare);
        return CheckpointTrajectory.Run(settings, training, losses, data, store, observer, clock, cancellationToken);
    }

    /// <summary>Turns trainer reports into progress and "train loss (batch)" metric points.</summary>
    internal static IProgress<TrainingProgress>? TrainingObserver(Chapter4Observer? observer, double share) => observer is null ? null
        : new SynchronousProgress<TrainingProgress>(p =>
        {
            double fraction = share * (p.TotalSteps == 0 ? 1 : (double)p.Step / p.TotalSteps);
            observer.Report("training", fraction);
            if (p.Event == TrainingEvent.Step && p.TrainLoss is { } loss) observer.Metric?.Invoke(new RunMetric("train loss (batch)", p.Step, loss), fraction);
        });

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
