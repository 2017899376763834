using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Models;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>Runs a <see cref="NanoGptTrajectoryRequest"/>: trains (or reuses) the NanoGPT checkpoints, then a Lanczos spectrum per checkpoint.</summary>
public static class NanoGptTrajectoryExperiment
{
    private const double TrainingShare = 0.3;

    /// <summary>Runs <paramref name="request"/>; cancellation keeps the checkpoints done (the result then says not completed).</summary>
    public static TrajectoryResult Run(NanoGptTrajectoryRequest request, DataOptions data, NetworkArtifactStore store, Chapter4Observer? observer = null,
        CancellationToken cancellationToken = default)
    {
        var sweep = CheckpointSweep.Start(request, data, store, observer);
        var training = sweep.TrainNanoGpt(request.Training, TrainingShare, cancellationToken);
        var losses = (training.Value.Evaluations ?? []).Select(e => new LossPoint(e.Iteration, e.TrainLoss, e.ValidationLoss)).ToArray();
        var spectrum = new NetworkSpectrumRequest
        {
            Model = ModelKind.NanoGpt,
            Dataset = NetworkData.TextId,
            HessianBatch = request.Blocks,
            BatchSeed = request.BatchSeed,
            Iterations = request.Iterations,
            Variant = Reorthogonalization.Full,
            StartSeed = request.StartSeed,
            Precision = request.Precision,
            ChunkSize = request.ChunkSize,
            Device = request.Device,
        };
        var steps = request.Training.CheckpointIterations.Distinct().Order().ToArray();
        var settings = new TrajectorySettings("nanogpt", steps, spectrum, request.ResidualTolerance, request.Sigma, request.GridPoints, request.Bins);
        return CheckpointTrajectory.Run(sweep, settings, losses, cancellationToken);
    }
}
