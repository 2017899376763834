using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;

namespace HessianDashboard.Experiments.Jobs.Handlers;

/// <summary>Runs a <see cref="NanoGptTrajectoryRequest"/> (Fig 4.5, 4.6): training losses, each checkpoint's Lanczos steps (series "step I"), λmax/λmin per checkpoint.</summary>
public sealed class NanoGptTrajectoryJobHandler(DataOptions data, NetworkArtifactStore store) : RunJobHandler<NanoGptTrajectoryRequest, TrajectoryResult>
{
    /// <inheritdoc />
    public override string Kind => "nanogpt-trajectory";

    /// <inheritdoc />
    public override string Describe(NanoGptTrajectoryRequest request) =>
        $"NanoGPT spectra along training: iterations {JobText.List(request.Training.CheckpointIterations)}, {request.Blocks} blocks, m = {request.Iterations}, {request.Precision.ToString().ToLowerInvariant()}";

    /// <inheritdoc />
    public override TrajectoryResult Execute(NanoGptTrajectoryRequest request, IRunReporter reporter, CancellationToken cancellationToken) =>
        NanoGptTrajectoryExperiment.Run(request, data, store, Chapter4Observer.For(reporter), cancellationToken);
}
