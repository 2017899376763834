using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>What differs between the MLP and NanoGPT trajectories: the model name, the checkpoints, the spectrum request and the views.</summary>
internal sealed record TrajectorySettings(
    string Model, IReadOnlyList<int> Steps, NetworkSpectrumRequest Spectrum, double ResidualTolerance, double? Sigma, int GridPoints, int Bins);

/// <summary>
/// A trajectory after its training: one Lanczos spectrum per checkpoint (a unit of the <see cref="CheckpointSweep"/>),
/// the numbers of each (<see cref="Summarise"/>) and the views along training (ridgeline, heatmap).
/// </summary>
internal static class CheckpointTrajectory
{
    public static TrajectoryResult Run(CheckpointSweep sweep, TrajectorySettings settings, IReadOnlyList<LossPoint> losses, CancellationToken cancellationToken)
    {
        var training = sweep.Training ?? throw new InvalidOperationException("A trajectory sweeps the checkpoints of a training run.");
        var observer = sweep.Observer;
        foreach (var loss in losses)
        {
            observer?.Metric?.Invoke(new RunMetric("train loss", loss.Step, loss.TrainLoss), sweep.TrainingShare);
            if (loss.TestLoss is { } test) observer?.Metric?.Invoke(new RunMetric("test loss", loss.Step, test), sweep.TrainingShare);
        }
        var points = new List<TrajectoryPoint>();
        int count = settings.Steps.Count;
        bool completed = training.Value.Completed;
        for (int c = 0; c < count && !cancellationToken.IsCancellationRequested; c++)
        {
            int step = settings.Steps[c];
            if (sweep.Checkpoint(step) is not { } checkpoint) { completed = false; continue; }
            var spectrum = sweep.Spectrum(settings.Spectrum with { Checkpoint = checkpoint.Path }, c, count, $"spectrum at {step}", $"step {step}", cancellationToken);
            var point = Summarise(step, checkpoint.Path, spectrum, settings);
            points.Add(point);
            double done = sweep.Fraction(c + 1, count);
            observer?.Metric?.Invoke(new RunMetric("lambda max", step, point.LambdaMax), done);
            observer?.Metric?.Invoke(new RunMetric("lambda min", step, point.LambdaMin), done);
            observer?.Metric?.Invoke(new RunMetric("outliers", step, point.Outliers.Total), done);
            if (spectrum.Lanczos.Status == LanczosStatus.Cancelled) break;
        }
        completed &= points.Count == count && points.All(p => p.Spectrum.Lanczos.Status != LanczosStatus.Cancelled);
        var steps = points.Select(p => p.Step).ToArray();
        var runs = points.Select(p => p.Spectrum.Lanczos).ToArray();
        return new TrajectoryResult
        {
            Model = settings.Model,
            Dataset = training.Value.Dataset,
            DataNote = training.Value.DataNote,
            TrainingKey = training.Key,
            TrainingReused = training.WasReused,
            TrainingSeconds = training.WasReused ? 0 : training.Value.Seconds,
            Precision = settings.Spectrum.Precision.ToString().ToLowerInvariant(),
            ResidualTolerance = settings.ResidualTolerance,
            Points = points,
            Losses = losses,
            Ridgeline = RidgelineView.From(steps, runs, settings.Sigma, settings.GridPoints),
            Heatmap = RitzHeatmap.From(steps, runs, settings.Bins),
            Completed = completed,
            Seconds = sweep.Clock.Elapsed.TotalSeconds,
        };
    }

    public static TrajectoryPoint Summarise(int step, string checkpoint, NetworkSpectrumResult spectrum, TrajectorySettings settings)
    {
        var ritz = spectrum.Lanczos.Ritz;
        var residuals = spectrum.Lanczos.Residuals;
        int n = ritz.Length;
        double scale = n == 0 ? 0 : Math.Max(Math.Abs(ritz[0]), Math.Abs(ritz[^1]));
        double tolerance = settings.ResidualTolerance * scale;
        double top = n > 0 ? ritz[^1] : double.NaN, second = n > 1 ? ritz[^2] : double.NaN;
        return new TrajectoryPoint
        {
            Step = step,
            Checkpoint = checkpoint,
            Spectrum = spectrum,
            LambdaMax = top,
            LambdaMin = n > 0 ? ritz[0] : double.NaN,
            LambdaSecond = second,
            TopGap = top - second,
            TopRatio = second > 0 ? top / second : double.NaN,
            LambdaMaxResidual = n > 0 ? residuals[^1] : double.NaN,
            LambdaMinResidual = n > 0 ? residuals[0] : double.NaN,
            LambdaMaxConverged = n > 0 && residuals[^1] <= tolerance,
            LambdaMinConverged = n > 0 && residuals[0] <= tolerance,
            ConvergedRitzValues = residuals.Count(r => r <= tolerance),
            Outliers = Outliers.Find(spectrum.Lanczos, OutputClasses.Of(spectrum.Manifest), settings.ResidualTolerance),
        };
    }
}
