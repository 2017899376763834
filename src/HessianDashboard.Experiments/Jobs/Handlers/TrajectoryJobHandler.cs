using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;

namespace HessianDashboard.Experiments.Jobs.Handlers;

/// <summary>Runs a <see cref="TrajectoryRequest"/> (A.4–A.6): training curves, each checkpoint's Lanczos steps (series "step E") and λmax/λmin/outliers per checkpoint.</summary>
public sealed class TrajectoryJobHandler(DataOptions data, NetworkArtifactStore store) : RunJobHandler<TrajectoryRequest, TrajectoryResult>
{
    /// <inheritdoc />
    public override string Kind => "trajectory";

    /// <inheritdoc />
    public override string Describe(TrajectoryRequest request) =>
        $"Spectra along training: MLP on {request.Dataset}, epochs {JobText.List(request.ResolvedEpochs())}, m = {request.Iterations}";

    /// <inheritdoc />
    public override TrajectoryResult Execute(TrajectoryRequest request, IRunReporter reporter, CancellationToken cancellationToken) =>
        TrajectoryExperiment.Run(request, data, store, Chapter4Observer.For(reporter), cancellationToken);
}
