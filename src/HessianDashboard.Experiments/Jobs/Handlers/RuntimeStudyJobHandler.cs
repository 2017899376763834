using HessianDashboard.Experiments.Chapter3;

namespace HessianDashboard.Experiments.Jobs.Handlers;

/// <summary>Runs a <see cref="RuntimeStudyRequest"/> (Fig 3.2): one Progress event per (size, variant) unit.</summary>
public sealed class RuntimeStudyJobHandler : RunJobHandler<RuntimeStudyRequest, RuntimeStudyResult>
{
    /// <inheritdoc />
    public override string Kind => "runtime-study";

    /// <inheritdoc />
    public override string Describe(RuntimeStudyRequest request) =>
        $"Runtime study: n ∈ {{{JobText.List(request.Sizes)}}}, {JobText.List(request.Variants)}, {request.Repeats} repeats";

    /// <inheritdoc />
    public override RuntimeStudyResult Execute(RuntimeStudyRequest request, IRunReporter reporter, CancellationToken cancellationToken) =>
        RuntimeStudyExperiment.Run(request, reporter, cancellationToken);
}
