using HessianDashboard.Experiments.Common;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// Maps the progress of unit i of a study's U units (each reporting its own done/total) onto the whole study, so the
/// reported fraction moves from i/U to (i+1)/U while the unit runs and never decreases. A network spectrum run reports
/// several stages that each count from 0 (data, graph, lanczos, exact Hessian, eigenvalues); they get consecutive
/// shares of the unit (<see cref="StageShares"/>, the exact Hessian's rows the largest), other stages the whole unit.
/// </summary>
internal sealed class StagedProgress(IProgress<ExperimentProgress>? outer, int units)
{
    private const int Scale = 1000;

    /// <summary>Share [start, end) of a unit per stage of <see cref="Networks.NetworkSpectrumExperiment"/>.</summary>
    private static readonly Dictionary<string, (double Start, double End)> StageShares = new()
    {
        ["data"] = (0, 0.01), ["graph"] = (0.01, 0.02), ["lanczos"] = (0.02, 0.1), ["exact Hessian"] = (0.1, 0.85), ["eigenvalues"] = (0.85, 1),
    };

    private int _done;

    /// <summary>The progress of unit <paramref name="index"/>, its stage names prefixed with <paramref name="label"/>.</summary>
    public IProgress<ExperimentProgress>? Unit(int index, string label) =>
        outer is null ? null : new Mapped(p =>
        {
            var (start, end) = StageShares.TryGetValue(p.Stage, out var share) ? share : (0.0, 1.0);
            _done = Math.Max(_done, index * Scale + (int)Math.Round((start + (end - start) * p.Fraction) * Scale));
            outer.Report(new ExperimentProgress($"{label}: {p.Stage}", _done, units * Scale));
        });

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
