using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>
/// What a job handler publishes through while it computes. Calls are cheap and never wait for
/// subscribers: they append to the run's log and return. As an <see cref="IProgress{T}"/> it can be
/// passed straight to the studies' <c>Run</c> methods; each report becomes a
/// <see cref="RunEventKind.Progress"/> event and moves the run's fraction to <see cref="ExperimentProgress.Fraction"/>.
/// Call it from one thread at a time (the job's), as the experiments do.
/// </summary>
public interface IRunReporter : IProgress<ExperimentProgress>
{
    /// <summary>The id of the run being computed.</summary>
    string RunId { get; }

    /// <summary>Publishes one Lanczos step.</summary>
    /// <param name="step">The step.</param>
    /// <param name="series">Which curve it belongs to (e.g. the variant name), or null.</param>
    /// <param name="fraction">Fraction of the whole run done after this step, when known; the run's fraction never decreases.</param>
    void Step(LanczosStep step, string? series = null, double? fraction = null);

    /// <summary>Publishes a point of a named curve (training loss per step, λmax per checkpoint …).</summary>
    /// <param name="metric">The point.</param>
    /// <param name="fraction">Fraction of the whole run done, when known.</param>
    void Metric(RunMetric metric, double? fraction = null);
}
