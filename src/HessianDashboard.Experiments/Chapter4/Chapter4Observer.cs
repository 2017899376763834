using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// What a chapter-4 experiment publishes while it runs: overall progress (Done of 1000, stage names like
/// "training" or "spectrum at 500"), every Lanczos step with its series (the checkpoint or block name) and the
/// overall fraction, and metric points (λmax per checkpoint, training losses). All optional.
/// </summary>
public sealed record Chapter4Observer
{
    public IProgress<ExperimentProgress>? Progress { get; init; }
    public Action<LanczosStep, string, double>? Step { get; init; }
    public Action<RunMetric, double>? Metric { get; init; }

    /// <summary>Publishes through a job's reporter.</summary>
    public static Chapter4Observer For(IRunReporter reporter)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        return new Chapter4Observer
        {
            Progress = reporter,
            Step = (step, series, fraction) => reporter.Step(step, series, fraction),
            Metric = (metric, fraction) => reporter.Metric(metric, fraction),
        };
    }

    private double _fraction;

    /// <summary>Reports a stage at an overall fraction; the bar never moves back (trainers' reports can arrive out of step order).</summary>
    internal void Report(string stage, double fraction)
    {
        _fraction = Math.Max(_fraction, Math.Clamp(fraction, 0, 1));
        Progress?.Report(new ExperimentProgress(stage, (int)Math.Round(1000 * _fraction), 1000));
    }
}
