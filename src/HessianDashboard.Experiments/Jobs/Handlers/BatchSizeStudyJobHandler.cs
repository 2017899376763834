using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;

namespace HessianDashboard.Experiments.Jobs.Handlers;

/// <summary>
/// Runs a <see cref="BatchSizeStudyRequest"/> (Fig 4.3/4.4): Progress over the runs, Step events with Series =
/// "full #r" or "batch b #r", Metric points "Lanczos seconds", "gradient norm" and "L2 to full batch" against the
/// batch size, each with <see cref="RunMetric.Label"/> = the series of the run it measured. Needs the data options and
/// the artifact store (registered by the host; it trains or reuses the model, the study's Lanczos runs are always timed afresh).
/// </summary>
public sealed class BatchSizeStudyJobHandler(DataOptions data, NetworkArtifactStore store) : RunJobHandler<BatchSizeStudyRequest, BatchSizeStudyResult>
{
    /// <inheritdoc />
    public override string Kind => "batch-size-study";

    /// <inheritdoc />
    public override string Describe(BatchSizeStudyRequest request) =>
        $"Hessian batch-size study (Fig 4.4): {request.Dataset}, sizes {JobText.List(request.BatchSizes)} and full, " +
        $"{request.Repeats} batches each, m = {request.Iterations}{(request.Checkpoint is { } c ? $", {Path.GetFileName(c)}" : "")}";

    /// <inheritdoc />
    public override BatchSizeStudyResult Execute(BatchSizeStudyRequest request, IRunReporter reporter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        return BatchSizeStudyExperiment.Run(request, data, store, reporter,
            (series, step) => reporter.Step(step, series), metric => reporter.Metric(metric), cancellationToken);
    }
}
