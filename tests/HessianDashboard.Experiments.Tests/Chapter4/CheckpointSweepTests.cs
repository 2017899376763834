using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Tests.Chapter4;

public sealed class CheckpointSweepTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hessian-sweep-").FullName;

    private NetworkArtifactStore Store => new(new ArtifactStoreOptions { Directory = _root });

    private static TrainMlpRequest TinyTraining => new()
    {
        Samples = 96, EpochsExplicit = true, Options = new MlpTrainingOptions { Epochs = 1, Seed = 4, CheckpointEpochs = [0, 1] },
    };

    /// <summary>No data set is read by these tests (they must not skip where shared/data is absent).</summary>
    private static DataOptions NoData => new() { AllowDownload = false };

    [Fact]
    public void Start_InvalidRequest_ThrowsBeforeAnythingRuns() =>
        Should.Throw<RequestValidationException>(() => CheckpointSweep.Start(new TrajectoryRequest { Samples = 0 }, NoData, Store, null));

    [Fact]
    public void Fraction_GivenCheckpoint_SplitsTheWholeBarIntoEqualUnits()
    {
        var sweep = CheckpointSweep.Start(new BlockSpectraRequest(), NoData, Store, null);

        sweep.TrainingShare.ShouldBe(0);
        sweep.Training.ShouldBeNull();
        sweep.Checkpoint(0).ShouldBeNull();
        new[] { sweep.Fraction(0, 4), sweep.Fraction(1.5, 4), sweep.Fraction(4, 4) }.ShouldBe([0, 0.375, 1]);
    }

    [Fact]
    public void TrainMlp_FirstRunTakesItsShareAndReportsTraining_ReusedRunTakesNone()
    {
        var ct = TestContext.Current.CancellationToken;
        var stages = new List<(string Stage, int Done)>();
        var observer = new Chapter4Observer { Progress = new Recorder(p => stages.Add((p.Stage, p.Done))) };
        var first = CheckpointSweep.Start(new TrajectoryRequest(), TrajectoryExperimentTests.Data, Store, observer);
        first.TrainMlp(TinyTraining, 0.3, ct).WasReused.ShouldBeFalse();

        first.TrainingShare.ShouldBe(0.3);
        stages.ShouldAllBe(s => s.Stage == "training" && s.Done <= 300); // within the training's 30 % of the bar
        stages[^1].Done.ShouldBe(300);
        first.Fraction(1, 2).ShouldBe(0.3 + 0.7 / 2, 1e-15);
        File.Exists(first.Checkpoint(1)!.Path).ShouldBeTrue();
        first.Checkpoint(2).ShouldBeNull();

        var second = CheckpointSweep.Start(new TrajectoryRequest(), TrajectoryExperimentTests.Data, Store, null);
        second.TrainMlp(TinyTraining, 0.3, ct).WasReused.ShouldBeTrue();
        second.TrainingShare.ShouldBe(0);
        second.Checkpoint(1)!.Path.ShouldBe(first.Checkpoint(1)!.Path);
    }

    private sealed class Recorder(Action<ExperimentProgress> report) : IProgress<ExperimentProgress>
    {
        public void Report(ExperimentProgress value) => report(value);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
