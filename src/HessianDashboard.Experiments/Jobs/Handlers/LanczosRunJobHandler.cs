using HessianDashboard.Experiments.Lanczos;

namespace HessianDashboard.Experiments.Jobs.Handlers;

/// <summary>
/// Runs a <see cref="LanczosRunRequest"/> with <see cref="LanczosRunExperiment"/>: one Step event per
/// Lanczos step with Series = the variant name, progress k / m. For a Matrix Market file without an
/// explicit m the total is unknown until the file is read, so only the final state moves the fraction.
/// </summary>
public sealed class LanczosRunJobHandler : RunJobHandler<LanczosRunRequest, LanczosRunResult>
{
    /// <inheritdoc />
    public override string Kind => "lanczos";

    /// <inheritdoc />
    public override string Describe(LanczosRunRequest request) =>
        $"Lanczos ({request.Variant}) on {JobText.Source(request.Source)}, m = {JobText.Iterations(request.Iterations)}";

    /// <inheritdoc />
    public override LanczosRunResult Execute(LanczosRunRequest request, IRunReporter reporter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reporter);
        int? total = request.Iterations ?? request.Source.Synthetic?.N;
        string series = request.Variant.ToString();
        return LanczosRunExperiment.Run(request,
            step => reporter.Step(step, series, total is { } m ? (double)step.K / m : null),
            cancellationToken);
    }
}
