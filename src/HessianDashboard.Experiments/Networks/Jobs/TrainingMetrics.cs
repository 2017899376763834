using System.Globalization;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Networks.Jobs;

/// <summary>
/// Turns a trainer's <see cref="TrainingProgress"/> into run events: each step report a "train loss" Metric (x = step) and a
/// "training" Progress; each evaluation a <see cref="HeldOutCurve"/> Metric; each checkpoint a "checkpoint" Progress.
/// </summary>
internal sealed class TrainingMetrics(IRunReporter reporter, string heldOutCurve) : IProgress<TrainingProgress>
{
    /// <summary>The curve of the first Metric: the last batch's loss per reported step.</summary>
    public const string TrainCurve = "train loss";

    /// <summary>"test loss" (MLP) or "val loss" (NanoGPT).</summary>
    public string HeldOutCurve { get; } = heldOutCurve;

    public void Report(TrainingProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        double fraction = value.TotalSteps <= 0 ? 0 : (double)value.Step / value.TotalSteps;
        switch (value.Event)
        {
            case TrainingEvent.Step when value.TrainLoss is { } loss:
                reporter.Metric(new RunMetric(TrainCurve, value.Step, loss), fraction);
                reporter.Report(new ExperimentProgress("training", value.Step, value.TotalSteps));
                break;
            case TrainingEvent.Evaluation when value.TestLoss is { } heldOut:
                reporter.Metric(new RunMetric(HeldOutCurve, value.Step, heldOut), fraction);
                break;
            case TrainingEvent.Checkpoint:
                reporter.Report(new ExperimentProgress(
                    string.Create(CultureInfo.InvariantCulture, $"checkpoint {Path.GetFileName(value.CheckpointPath)}"), value.Step, value.TotalSteps));
                break;
        }
    }
}
