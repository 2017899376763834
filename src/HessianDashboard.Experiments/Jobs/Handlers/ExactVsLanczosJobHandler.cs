using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;

namespace HessianDashboard.Experiments.Jobs.Handlers;

/// <summary>
/// Runs an <see cref="ExactVsLanczosRequest"/> (Fig 4.1/4.2, Table 4.2): Progress over training and both states of
/// every data set, Step events with Series = "dataset/stage" (e.g. "mnist/trained"), Metric points "dataset train
/// loss"/"test loss" per epoch and "converged dataset/stage" per Lanczos step. Needs the data options and the artifact
/// store, so it is registered by the host (not in <see cref="RunJobCatalog.BuiltInHandlers"/>).
/// </summary>
public sealed class ExactVsLanczosJobHandler(DataOptions data, NetworkArtifactStore store) : RunJobHandler<ExactVsLanczosRequest, ExactVsLanczosResult>
{
    /// <inheritdoc />
    public override string Kind => "exact-vs-lanczos";

    /// <inheritdoc />
    public override string Describe(ExactVsLanczosRequest request) =>
        $"Exact vs Lanczos (Fig 4.2): {JobText.List(request.Datasets)}, {(request.Samples is { } n ? $"{n:N0} samples" : "all samples")}, " +
        $"m = {request.Iterations}{(request.ParameterPatterns is { } p ? $", parameters {string.Join(",", p)}" : "")}";

    /// <inheritdoc />
    public override ExactVsLanczosResult Execute(ExactVsLanczosRequest request, IRunReporter reporter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        return ExactVsLanczosExperiment.Run(request, data, store, reporter,
            (series, step) => reporter.Step(step, series), metric => reporter.Metric(metric), cancellationToken);
    }
}
