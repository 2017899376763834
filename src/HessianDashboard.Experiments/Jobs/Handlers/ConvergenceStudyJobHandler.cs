using HessianDashboard.Experiments.Chapter3;

namespace HessianDashboard.Experiments.Jobs.Handlers;

/// <summary>Runs a <see cref="ConvergenceStudyRequest"/> (Fig 3.5/3.6): one Progress event per (spectrum, run, variant) unit.</summary>
public sealed class ConvergenceStudyJobHandler : RunJobHandler<ConvergenceStudyRequest, ConvergenceStudyResult>
{
    /// <inheritdoc />
    public override string Kind => "convergence-study";

    /// <inheritdoc />
    public override string Describe(ConvergenceStudyRequest request) =>
        $"Convergence study: n = {request.N}, m up to {(request.Iterations is { Length: > 0 } m ? m.Max() : 0)}, " +
        $"{request.Spectra?.Length} spectra × {request.Variants?.Length} variants × {request.Runs} runs";

    /// <inheritdoc />
    public override ConvergenceStudyResult Execute(ConvergenceStudyRequest request, IRunReporter reporter, CancellationToken cancellationToken) =>
        ConvergenceStudyExperiment.Run(request, reporter, cancellationToken);
}
