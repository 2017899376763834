using HessianDashboard.Experiments.Common;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// Maps the progress of unit i of a study's U units (each reporting its own done/total) onto the whole study, so the
/// reported fraction moves from i/U to (i+1)/U while the unit runs and never jumps back to 0 at a new unit.
/// </summary>
internal sealed class StagedProgress(IProgress<ExperimentProgress>? outer, int units)
{
    private const int Scale = 1000;

    /// <summary>The progress of unit <paramref name="index"/>, its stage names prefixed with <paramref name="label"/>.</summary>
    public IProgress<ExperimentProgress>? Unit(int index, string label) =>
        outer is null ? null : new Mapped(p => outer.Report(new ExperimentProgress(
            $"{label}: {p.Stage}", index * Scale + (int)Math.Round(p.Fraction * Scale), units * Scale)));

    /// <summary>Training progress of unit <paramref name="index"/> as "label: training" with steps done of total.</summary>
    public IProgress<TrainingProgress> Training(int index, string label, Action<TrainingProgress>? also)
    {
        var unit = Unit(index, label);
        return new Mapped<TrainingProgress>(p =>
        {
            unit?.Report(new ExperimentProgress($"training, epoch {p.Epoch}", p.Step, Math.Max(1, p.TotalSteps)));
            also?.Invoke(p);
        });
    }

    private sealed class Mapped(Action<ExperimentProgress> report) : IProgress<ExperimentProgress>
    {
        public void Report(ExperimentProgress value) => report(value);
    }

    private sealed class Mapped<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
