using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Models;

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
        var sweep = CheckpointSweep.Start(request, data, store, observer);
        var training = sweep.TrainMlp(request.Training(), TrainingShare, cancellationToken);
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
        var settings = new TrajectorySettings("mlp", request.ResolvedEpochs(), spectrum, request.ResidualTolerance, request.Sigma, request.GridPoints, request.Bins);
        return CheckpointTrajectory.Run(sweep, settings, losses, cancellationToken);
    }
}
