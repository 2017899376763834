using HessianDashboard.Core.Density;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Experiments.Tests.Chapter4;

public sealed class TrajectoryExperimentTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hessian-ch4-").FullName;

    private NetworkArtifactStore Store => new(new ArtifactStoreOptions { Directory = _root });

    internal static DataOptions Data => new() { Directory = SharedData.DataDirectory, AllowDownload = false };

    internal static TrajectoryRequest Tiny => new() { Samples = 200, Epochs = [2, 0, 1], HessianBatch = 100, Iterations = 8, LearningRate = 0.5, Seed = 3 };

    [Fact]
    public void Run_TinyMlp_OneSpectrumPerRequestedEpochWithConsistentSummaries()
    {
        var metrics = new List<RunMetric>();
        var series = new HashSet<string>();
        var observer = new Chapter4Observer { Metric = (m, _) => metrics.Add(m), Step = (_, s, _) => series.Add(s) };
        var result = TrajectoryExperiment.Run(Tiny, Data, Store, observer, TestContext.Current.CancellationToken);

        result.Completed.ShouldBeTrue();
        result.TrainingReused.ShouldBeFalse();
        result.Points.Select(p => p.Step).ShouldBe([0, 1, 2]);
        result.Losses.Select(l => l.Step).ShouldBe([0, 1, 2]);
        result.Losses[2].TrainLoss.ShouldBeLessThan(result.Losses[0].TrainLoss);
        foreach (var point in result.Points)
        {
            var ritz = point.Spectrum.Lanczos.Ritz;
            point.LambdaMax.ShouldBe(ritz.Max());
            point.LambdaMin.ShouldBe(ritz.Min());
            point.TopGap.ShouldBe(point.LambdaMax - point.LambdaSecond);
            point.WeightDefect.ShouldBe(0, 1e-12);
            point.ConvergedRitzValues.ShouldBeLessThanOrEqualTo(8);
            point.Checkpoint.ShouldEndWith($"epoch-{point.Step:000}.safetensors");
            point.Spectrum.Manifest.HessianBatchIndices.ShouldBe(result.Points[0].Spectrum.Manifest.HessianBatchIndices); // one recorded batch
            point.Outliers.Expected.ShouldBe(9); // C = the MLP's 10 classes
            point.Outliers.Candidates.Length.ShouldBeLessThanOrEqualTo(point.ConvergedRitzValues + 2); // resolved values, and one to compare
        }
        result.Ridgeline.Steps.ShouldBe([0, 1, 2]);
        foreach (var density in result.Ridgeline.Densities)
            new DensityCurve(result.Ridgeline.Grid, density, result.Ridgeline.Sigma).Integral().ShouldBe(1, 1e-3);
        result.Heatmap.Mass.ShouldAllBe(column => Math.Abs(column.Sum() - 1) < 1e-12);
        metrics.Where(m => m.Name == "lambda max").Select(m => m.Y).ShouldBe(result.Points.Select(p => p.LambdaMax));
        metrics.Count(m => m.Name == "train loss").ShouldBe(3); // one per epoch record, also when the training is reused
        series.ShouldBe(["step 0", "step 1", "step 2"], ignoreOrder: true);
    }

    [Fact]
    public void Run_SameTrainingTwice_ReportsReuseAndTheSameCheckpoints()
    {
        var request = Tiny with { Epochs = [0, 1], Iterations = 4 };
        var ct = TestContext.Current.CancellationToken;
        var first = TrajectoryExperiment.Run(request, Data, Store, cancellationToken: ct);
        var second = TrajectoryExperiment.Run(request with { Iterations = 5 }, Data, Store, cancellationToken: ct);
        first.TrainingReused.ShouldBeFalse();
        second.TrainingReused.ShouldBeTrue();
        second.TrainingKey.ShouldBe(first.TrainingKey);
        second.Points.Select(p => p.Checkpoint).ShouldBe(first.Points.Select(p => p.Checkpoint));
        second.Points[0].Spectrum.Lanczos.Iterations.ShouldBe(5);
    }

    [Fact]
    public void Run_SameTrainingTwice_OnlyTheSecondAnnouncesTheReusedTrainingBeforeItsFirstStep()
    {
        var request = Tiny with { Epochs = [0, 1], Iterations = 4 };
        var ct = TestContext.Current.CancellationToken;
        var (first, second) = (new List<string>(), new List<string>());
        TrajectoryExperiment.Run(request, Data, Store, Log(first), ct);
        var again = TrajectoryExperiment.Run(request, Data, Store, Log(second), ct);

        first.ShouldContain("step");
        first.ShouldNotContain(e => ReuseNotice.Parse(e) != null, "the first run trains");
        var announced = second.Where(e => ReuseNotice.Parse(e) is not null).ShouldHaveSingleItem();
        ReuseNotice.Parse(announced).ShouldBe(new ReuseNotice(ReuseNotice.Training, again.TrainingKey, null));
        second.IndexOf(announced).ShouldBeLessThan(second.IndexOf("step"));
    }

    /// <summary>Progress stages and (as "step") Lanczos steps, in the order published.</summary>
    private static Chapter4Observer Log(List<string> log) => new()
    {
        Progress = new ListProgress(log),
        Step = (_, _, _) => log.Add("step"),
    };

    private sealed class ListProgress(List<string> log) : IProgress<ExperimentProgress>
    {
        public void Report(ExperimentProgress value) => log.Add(value.Stage);
    }

    [Fact]
    public void Execute_ThroughTheJobHandler_PublishesStepsPerCheckpointAndMetrics()
    {
        var reporter = new RecordingReporter();
        var handler = new Experiments.Jobs.Handlers.TrajectoryJobHandler(Data, Store);
        handler.Describe(Tiny).ShouldContain("epochs 0, 1, 2");
        var result = handler.Execute(Tiny with { Epochs = [0, 1], Iterations = 3 }, reporter, TestContext.Current.CancellationToken).ShouldBeOfType<TrajectoryResult>();
        reporter.Steps.Count.ShouldBe(6);
        reporter.Steps.Select(s => s.Series).Distinct().ShouldBe(["step 0", "step 1"]);
        reporter.Metrics.Count(m => m.Name == "lambda max").ShouldBe(2);
        reporter.Fractions.ShouldBe(reporter.Fractions.Order().ToList()); // the bar never moves back
        reporter.StepFractions.ShouldBe(reporter.StepFractions.Order().ToList());
        reporter.StepFractions[^1].ShouldBe(1, 1e-12);
        result.Points.Count.ShouldBe(2);
    }

    [Fact]
    public void Validate_BadSettings_AreMessages()
    {
        new TrajectoryRequest { Dataset = "tinyshakespeare" }.Validate().ShouldContain(e => e.Contains("mnist"));
        new TrajectoryRequest { Epochs = [] }.Validate().ShouldContain(e => e.Contains("checkpoint epoch"));
        new TrajectoryRequest { Epochs = [0] }.Validate().ShouldContain(e => e.Contains("at least one epoch"));
        new TrajectoryRequest { Samples = 10, HessianBatch = 20 }.Validate().ShouldContain(e => e.Contains("cannot exceed"));
        new TrajectoryRequest { Iterations = 0, Sigma = -1, Bins = 0, ResidualTolerance = 0 }.Validate().Count.ShouldBe(4);
        new TrajectoryRequest().ResolvedEpochs().ShouldBe([0, 5, 10, 15]);
        new TrajectoryRequest { Dataset = "fashion-mnist" }.ResolvedEpochs().ShouldBe([0, 5, 15, 20]);
        Should.Throw<RequestValidationException>(() => TrajectoryExperiment.Run(new TrajectoryRequest { Samples = 0 }, new DataOptions { AllowDownload = false }, Store));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
