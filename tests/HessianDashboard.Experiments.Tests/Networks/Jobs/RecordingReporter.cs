using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Experiments.Tests.Networks.Jobs;

/// <summary>An <see cref="IRunReporter"/> that keeps everything published, with the fraction in force after each call.</summary>
internal sealed class RecordingReporter : IRunReporter
{
    public string RunId => "test";

    public List<(LanczosStep Step, string? Series, double? Fraction)> Steps { get; } = [];

    public List<RunMetric> Metrics { get; } = [];

    public List<ExperimentProgress> Progress { get; } = [];

    /// <summary>Every fraction reported, in order (Step/Metric fractions and Progress' own).</summary>
    public List<double> Fractions { get; } = [];

    public void Step(LanczosStep step, string? series = null, double? fraction = null)
    {
        Steps.Add((step, series, fraction));
        if (fraction is { } f) Fractions.Add(f);
    }

    public void Metric(RunMetric metric, double? fraction = null)
    {
        Metrics.Add(metric);
        if (fraction is { } f) Fractions.Add(f);
    }

    public void Report(ExperimentProgress value)
    {
        Progress.Add(value);
        Fractions.Add(value.Fraction);
    }
}
