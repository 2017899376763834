using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>The in-process <see cref="IRunReporter"/>: appends to the run's log and asks for a throttled list notice.</summary>
internal sealed class RunReporter(RunRecord run, TimeProvider time, Action<RunRecord> notice) : IRunReporter
{
    public string RunId => run.Id;

    public void Step(LanczosStep step, string? series = null, double? fraction = null)
    {
        ArgumentNullException.ThrowIfNull(step);
        Publish(RunEventKind.Step, series, step, null, fraction);
    }

    public void Metric(RunMetric metric, double? fraction = null)
    {
        ArgumentNullException.ThrowIfNull(metric);
        Publish(RunEventKind.Metric, metric.Name, null, null, fraction, metric);
    }

    public void Report(ExperimentProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Publish(RunEventKind.Progress, null, null, value, value.Fraction);
    }

    private void Publish(RunEventKind kind, string? series, LanczosStep? step, ExperimentProgress? progress, double? fraction, RunMetric? metric = null)
    {
        var now = time.GetUtcNow();
        if (run.Publish(kind, now, series, step, progress, fraction, metric) && run.ProgressNoticeDue(now)) notice(run);
    }
}
