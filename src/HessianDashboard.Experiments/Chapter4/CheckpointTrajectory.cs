using System.Diagnostics;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>What the trajectories share: after training (or reusing) the checkpoints, one Lanczos spectrum per checkpoint and the derived views.</summary>
internal sealed record TrajectorySettings(
    string Model, IReadOnlyList<int> Steps, NetworkSpectrumRequest Spectrum, double ResidualTolerance,
    double? Sigma, int GridPoints, int Bins, double TrainingShare);

internal static class CheckpointTrajectory
{
    public static TrajectoryResult Run(TrajectorySettings settings, Reused<TrainingRunResult> training, IReadOnlyList<LossPoint> losses,
        DataOptions data, NetworkArtifactStore store, Chapter4Observer? observer, Stopwatch clock, CancellationToken cancellationToken)
    {
        foreach (var loss in losses)
        {
            observer?.Metric?.Invoke(new RunMetric("train loss", loss.Step, loss.TrainLoss), settings.TrainingShare);
            if (loss.TestLoss is { } test) observer?.Metric?.Invoke(new RunMetric("test loss", loss.Step, test), settings.TrainingShare);
        }
        var points = new List<TrajectoryPoint>();
        int m = settings.Spectrum.Iterations, count = settings.Steps.Count;
        bool completed = training.Value.Completed;
        for (int c = 0; c < count && !cancellationToken.IsCancellationRequested; c++)
        {
            int step = settings.Steps[c];
            var checkpoint = training.Value.Checkpoints.FirstOrDefault(k => k.Step == step);
            if (checkpoint is null) { completed = false; continue; }
            string series = $"step {step}";
            double Fraction(int k) => settings.TrainingShare + (1 - settings.TrainingShare) * (c + (double)k / m) / count;
            observer?.Report($"spectrum at {step}", Fraction(0));
            var spectrum = NetworkSpectrumExperiment.Run(settings.Spectrum with { Checkpoint = checkpoint.Path }, data, progress: null,
                onStep: s =>
                {
                    double f = Fraction(s.K);
                    observer?.Step?.Invoke(s, series, f);
                    observer?.Report($"spectrum at {step}", f);
                }, cancellationToken, store);
            var point = Summarise(step, checkpoint.Path, spectrum, settings);
            points.Add(point);
            observer?.Metric?.Invoke(new RunMetric("lambda max", step, point.LambdaMax), Fraction(m));
            observer?.Metric?.Invoke(new RunMetric("lambda min", step, point.LambdaMin), Fraction(m));
            observer?.Metric?.Invoke(new RunMetric("outliers", step, point.Outliers.Total), Fraction(m));
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
            Seconds = clock.Elapsed.TotalSeconds,
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
