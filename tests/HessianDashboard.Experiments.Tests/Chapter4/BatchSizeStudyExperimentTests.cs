using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Experiments.Tests.Chapter4;

public sealed class BatchSizeStudyExperimentTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hessian-ch4-batch-").FullName;

    private NetworkArtifactStore Store => new(new ArtifactStoreOptions { Directory = _root });

    private static DataOptions Data => new() { Directory = SharedData.DataDirectory, AllowDownload = false };

    /// <summary>Tiny: 40 samples, 1 epoch, the output layer, sizes 5 and 40 (= full) and 1000 (≥ full), 2 repeats, 8 steps.</summary>
    private static BatchSizeStudyRequest Tiny => new()
    {
        Samples = 40, Epochs = 1, BatchSizes = [5, 40, 1000], Repeats = 2, Iterations = 8, ParameterPatterns = ["2.*"],
    };

    [Fact]
    public void Run_Tiny_FullBatchRunsAreAtDistanceZeroAndTheFitComesFromTheRuns()
    {
        var result = BatchSizeStudyExperiment.Run(Tiny, Data, Store, cancellationToken: TestContext.Current.CancellationToken);

        result.Completed.ShouldBeTrue();
        result.Population.ShouldBe(40);
        result.Runs.Count.ShouldBe(4); // full × 2 (sizes ≥ 40 are the full batch), 5 × 2
        var full = result.Runs.Where(r => r.IsFull).ToArray();
        full.Length.ShouldBe(2);
        full.ShouldAllBe(r => r.BatchSize == 40 && r.Indices == null && r.SpuriousNegatives.Length == 0);
        result.Full.ShouldBe(full[0]);
        full[0].L1.ShouldBe(0);
        full[0].L2.ShouldBe(0);
        double scale = full[0].Ritz.Max(Math.Abs);
        full[1].L1!.Value.ShouldBeLessThan(1e-10 * scale); // the same Hessian and start vector again
        var small = result.Runs.Where(r => !r.IsFull).ToArray();
        small.ShouldAllBe(r => r.BatchSize == 5 && r.Indices!.Length == 5 && (r.L1 != null) == (r.Ritz.Length == full[0].Ritz.Length));
        small.Select(r => r.Seed).Distinct().Count().ShouldBe(2);
        // The fit is over the median per size (of two repeats: their mean), computed here from the runs.
        double[] sizes = [5, 40];
        var medians = sizes.Select(b => result.Runs.Where(r => r.BatchSize == (int)b).Average(r => r.LanczosSeconds)).ToArray();
        var refit = PowerLawFit.Fit(sizes, medians);
        var fit = result.RuntimeFit.ShouldNotBeNull();
        fit.Slope.ShouldBe(refit.Slope, 1e-12);
        fit.Intercept.ShouldBe(refit.Intercept, 1e-12);
        fit.Points.ShouldBe(2);
        result.RuntimeFitOnMedians.ShouldBeTrue();
        result.Sizes.Select(s => s.BatchSize).ShouldBe([5, 40]);
        result.Sizes.Sum(s => s.Runs).ShouldBe(4);
        result.TrainingReused.ShouldBe(false);
    }

    [Fact]
    public void Run_Tiny_TimesEveryRunAfterUntimedWarmupProductsAndLabelsItsMetrics()
    {
        var log = new List<(string Kind, string? Series)>();

        var result = BatchSizeStudyExperiment.Run(Tiny with { BatchSizes = [5, 10] }, Data, Store,
            onStep: (series, _) => log.Add(("step", series)), onMetric: m => log.Add((m.Name, m.Label)), cancellationToken: TestContext.Current.CancellationToken);

        result.Runs.Count.ShouldBe(6); // full, 5 and 10, two repeats each
        result.Runs.ShouldAllBe(r => r.WarmupProducts == BatchSizeStudyExperiment.WarmupProducts && r.WarmupSeconds != null);
        // Each run's metrics name the run whose steps came just before them — the full batch's repeat too (computed, not replayed).
        string? lastStep = null;
        var labels = new List<string?>();
        foreach (var (kind, series) in log)
        {
            if (kind == "step") lastStep = series;
            else
            {
                series.ShouldBe(lastStep, kind);
                labels.Add(series);
            }
        }
        labels.Distinct().ShouldBe(["full #1", "full #2", "batch 5 #1", "batch 5 #2", "batch 10 #1", "batch 10 #2"]);
        log.Count(e => e.Kind == "Lanczos seconds").ShouldBe(6);
    }

    [Fact]
    public void Run_AfterExactVsLanczosOnTheSameSettings_ReusesItsTraining()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = Store;
        var chapter = ExactVsLanczosExperiment.Run(new ExactVsLanczosRequest
        {
            Datasets = ["mnist"], Samples = 40, Epochs = 1, Iterations = 4, ParameterPatterns = ["2.bias"],
        }, Data, store, cancellationToken: ct);
        var study = BatchSizeStudyExperiment.Run(Tiny with { BatchSizes = [40], Repeats = 1 }, Data, store, cancellationToken: ct);

        chapter.Datasets[0].TrainingReused.ShouldBeFalse();
        study.TrainingReused.ShouldBe(true);
        study.TrainingKey.ShouldBe(chapter.Datasets[0].TrainingKey);
        study.RuntimeFit.ShouldBeNull(); // one batch size: nothing to fit
    }

    [Fact]
    public void Run_Twice_OnlyTheSecondAnnouncesTheReusedTrainingBeforeItsFirstStep()
    {
        var ct = TestContext.Current.CancellationToken;
        var request = Tiny with { BatchSizes = [5], Repeats = 1 };
        var (first, second) = (new List<string>(), new List<string>());
        BatchSizeStudyExperiment.Run(request, Data, Store, new ListProgress(first), (_, _) => first.Add("step"), cancellationToken: ct);
        var again = BatchSizeStudyExperiment.Run(request, Data, Store, new ListProgress(second), (_, _) => second.Add("step"), cancellationToken: ct);

        first.ShouldContain("step");
        first.ShouldNotContain(e => ReuseNotice.Parse(e) != null, "the first run trains");
        string announced = second.Where(e => ReuseNotice.Parse(e) is not null).ShouldHaveSingleItem();
        ReuseNotice.Parse(announced).ShouldBe(new ReuseNotice(ReuseNotice.Training, again.TrainingKey!, "mnist"));
        second.IndexOf(announced).ShouldBeLessThan(second.IndexOf("step"));
    }

    private sealed class ListProgress(List<string> log) : IProgress<ExperimentProgress>
    {
        public void Report(ExperimentProgress value) => log.Add(value.Stage);
    }

    [Fact]
    public void Run_GivenCheckpointWithoutStore_ProbesThatFile()
    {
        var ct = TestContext.Current.CancellationToken;
        var trained = ExactVsLanczosExperiment.Run(new ExactVsLanczosRequest
        {
            Datasets = ["mnist"], Samples = 24, Epochs = 1, Iterations = 2, ParameterPatterns = ["2.bias"],
        }, Data, Store, cancellationToken: ct).Datasets[0].Trained!.Spectrum.Manifest.Checkpoint!;

        var study = BatchSizeStudyExperiment.Run(Tiny with { Checkpoint = trained, Samples = 24, BatchSizes = [6], Repeats = 1 }, Data, cancellationToken: ct);

        study.Checkpoint.ShouldBe(trained);
        study.TrainingReused.ShouldBeNull();
        study.Runs.Select(r => r.BatchSize).ShouldBe([24, 6]);
    }

    [Fact]
    public void Run_CancelledBeforeStart_ReturnsAnIncompleteResult()
    {
        var result = BatchSizeStudyExperiment.Run(Tiny, Data, Store, cancellationToken: new CancellationToken(canceled: true));

        result.Completed.ShouldBeFalse();
        result.Full.ShouldBeNull();
    }

    [Theory]
    [InlineData("sizes", "Batch sizes must be positive")]
    [InlineData("repeats", "Repeats must lie in")]
    [InlineData("checkpoint", "does not exist")]
    public void Validate_BadParameter_SaysWhatIsWrong(string bad, string message)
    {
        var request = bad switch
        {
            "sizes" => Tiny with { BatchSizes = [0, 10] },
            "repeats" => Tiny with { Repeats = 0 },
            _ => Tiny with { Checkpoint = Path.Combine(_root, "missing.safetensors") },
        };

        request.Validate().ShouldContain(e => e.Contains(message));
        Should.Throw<RequestValidationException>(() => BatchSizeStudyExperiment.Run(request, new DataOptions(), Store));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
