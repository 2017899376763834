using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Experiments.Tests.Chapter4;

/// <summary>An <see cref="IRunReporter"/> that keeps everything published.</summary>
internal sealed class RecordingReporter : IRunReporter
{
    public string RunId => "test";
    public List<(LanczosStep Step, string? Series)> Steps { get; } = [];
    public List<RunMetric> Metrics { get; } = [];
    public List<double> Fractions { get; } = [];
    public List<double> StepFractions { get; } = [];

    public void Report(ExperimentProgress value) => Fractions.Add(value.Fraction);

    public void Step(LanczosStep step, string? series = null, double? fraction = null)
    {
        Steps.Add((step, series));
        if (fraction is { } f) StepFractions.Add(f);
    }

    public void Metric(RunMetric metric, double? fraction = null) => Metrics.Add(metric);
}
