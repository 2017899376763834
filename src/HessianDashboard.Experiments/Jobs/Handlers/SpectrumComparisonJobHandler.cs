using HessianDashboard.Experiments.Chapter3;

namespace HessianDashboard.Experiments.Jobs.Handlers;

/// <summary>
/// Runs a <see cref="SpectrumComparisonRequest"/> (Fig 3.1/3.3): Step events with Series = the variant
/// name, progress over variants × m steps, plus the experiment's per-variant Progress events.
/// </summary>
public sealed class SpectrumComparisonJobHandler : RunJobHandler<SpectrumComparisonRequest>
{
    /// <inheritdoc />
    public override string Kind => "spectrum-comparison";

    /// <inheritdoc />
    public override string Describe(SpectrumComparisonRequest request) =>
        $"Spectrum comparison ({JobText.List(request.Variants)}) on synthetic {request.Spectrum?.Kind.ToString().ToLowerInvariant()} spectrum, " +
        $"n = {request.Spectrum?.N}, m = {JobText.Iterations(request.Iterations)}";

    /// <inheritdoc />
    public override object? Execute(SpectrumComparisonRequest request, IRunReporter reporter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reporter);
        var variants = request.Variants;
        double m = request.Iterations ?? request.Spectrum.N;
        double total = variants.Length * m;
        return SpectrumComparisonExperiment.Run(request,
            (variant, step) => reporter.Step(step, variant.ToString(), (Array.IndexOf(variants, variant) * m + step.K) / total),
            reporter, cancellationToken);
    }
}
