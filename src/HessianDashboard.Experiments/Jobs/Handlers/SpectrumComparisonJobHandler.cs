using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Sources;

namespace HessianDashboard.Experiments.Jobs.Handlers;

/// <summary>
/// Runs a <see cref="SpectrumComparisonRequest"/> (Fig 3.1/3.3): Step events with Series = the variant
/// name, progress over variants × m steps, plus the experiment's per-variant Progress events. For a file without
/// an explicit m the total is unknown until the file is read, so only the per-variant Progress events move the fraction.
/// </summary>
public sealed class SpectrumComparisonJobHandler : RunJobHandler<SpectrumComparisonRequest, SpectrumComparisonResult>
{
    /// <inheritdoc />
    public override string Kind => "spectrum-comparison";

    /// <inheritdoc />
    public override string Describe(SpectrumComparisonRequest request) =>
        $"Spectrum comparison ({JobText.List(request.Variants)}) on {JobText.Source(request.Matrix ?? (request.Spectrum is null ? null : MatrixSource.FromSpectrum(request.Spectrum)))}, " +
        $"m = {JobText.Iterations(request.Iterations)}";

    /// <inheritdoc />
    public override SpectrumComparisonResult Execute(SpectrumComparisonRequest request, IRunReporter reporter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reporter);
        var variants = request.Variants;
        int? m = request.Iterations ?? request.EffectiveSource().Synthetic?.N;
        return SpectrumComparisonExperiment.Run(request,
            (variant, step) => reporter.Step(step, variant.ToString(),
                m is { } steps ? (Array.IndexOf(variants, variant) * (double)steps + step.K) / (variants.Length * (double)steps) : null),
            reporter, cancellationToken);
    }
}
