using HessianDashboard.Core.Metrics;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Experiments.Tests.Chapter4;

public sealed class ExactVsLanczosExperimentTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hessian-ch4-").FullName;

    private NetworkArtifactStore Store => new(new ArtifactStoreOptions { Directory = _root });

    private static DataOptions Data => new() { Directory = SharedData.DataDirectory, AllowDownload = false };

    /// <summary>Tiny: 64 samples, 1 epoch, the output layer's 170 parameters, 12 steps.</summary>
    private static ExactVsLanczosRequest Tiny => new()
    {
        Datasets = ["mnist"], Samples = 64, Epochs = 1, Iterations = 12, ParameterPatterns = ["2.*"], HistogramBins = 20,
    };

    [Fact]
    public void Run_TinyMnist_CountsAgreeWithAnIndependentRecountAndTheRowIsFilled()
    {
        var result = ExactVsLanczosExperiment.Run(Tiny, Data, Store, cancellationToken: TestContext.Current.CancellationToken);

        result.Completed.ShouldBeTrue();
        var mnist = result.Datasets.ShouldHaveSingleItem();
        foreach (var state in new[] { mnist.Initial!, mnist.Trained! })
        {
            var exact = state.Spectrum.ExactEigenvalues!;
            exact.Length.ShouldBe(170);
            state.RitzPerStep.Length.ShouldBe(12);
            state.ConvergedPerStep.Length.ShouldBe(12);
            for (int k = 0; k < 12; k++)
            {
                state.RitzPerStep[k].Length.ShouldBe(k + 1);
                state.ConvergedPerStep[k].ShouldBeInRange(0, k + 1);
                state.ConvergedPerStep[k].ShouldBe(ConvergenceCount.Count(state.RitzPerStep[k], exact, 1e-5).Converged);
            }
            state.Converged.ShouldBe(state.Spectrum.Lanczos.ConvergedCount!.Value); // last step = the run's own count
            state.RitzPerStep[^1].ShouldBe(state.Spectrum.Lanczos.Ritz, 1e-12);
            state.Histogram.Counts.Sum().ShouldBe(170);
            state.ExactSmallest.ShouldBe(exact[..6]);
            state.ExactLargest.ShouldBe(exact[^6..]);
            state.Negative.Count.ShouldBe(exact.Count(v => v < -1e-10 * exact.Max(Math.Abs)));
            state.Spectrum.Lanczos.Truth.ShouldBeNull();
            // One outlier rule for both spectra, with C = 10 classes read from the model: the exact one's outliers are its top values.
            state.Outliers.Expected.ShouldBe(9);
            state.Outliers.Outliers.ShouldBe(exact[^state.Outliers.Count..].Reverse());
            state.Outliers.Candidates.Length.ShouldBe(31);
            state.LanczosOutliers.ShouldNotBeNull().Expected.ShouldBe(9);
            state.LanczosOutliers.Candidates.ShouldAllBe(v => state.Spectrum.Lanczos.Ritz.Contains(v));
        }
        mnist.Initial!.Epoch.ShouldBe(0);
        mnist.Trained!.Epoch.ShouldBe(1);
        var row = mnist.Row!;
        row.ConvergedTrained.ShouldBe(mnist.Trained.Converged);
        row.LambdaMaxTrained.ShouldBe(mnist.Trained.Spectrum.ExactEigenvalues![^1]);
        row.TrainLoss.ShouldBe(mnist.Epochs[^1].TrainLoss);
        (row.OutliersInitial, row.OutliersTrained).ShouldBe((mnist.Initial.Outliers.Count, mnist.Trained.Outliers.Count));
    }

    [Fact]
    public void Run_CancelledInsideTheTrainedStatesExactHessian_KeepsTheInitialStateAndReportsNotCompleted()
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var stages = new List<string>();
        var progress = new SynchronousProgress<ExperimentProgress>(p =>
        {
            stages.Add(p.Stage);
            if (p.Stage.Contains("trained", StringComparison.Ordinal) && p.Stage.Contains("exact Hessian", StringComparison.Ordinal)) cts.Cancel();
        });

        var result = ExactVsLanczosExperiment.Run(Tiny, Data, Store, progress, cancellationToken: cts.Token);

        stages.ShouldContain(s => s.Contains("trained", StringComparison.Ordinal) && s.Contains("exact Hessian", StringComparison.Ordinal));
        result.Completed.ShouldBeFalse();
        var mnist = result.Datasets.ShouldHaveSingleItem("the data set begun before the cancel is kept");
        mnist.Initial.ShouldNotBeNull().Spectrum.ExactEigenvalues!.Length.ShouldBe(170);
        mnist.Trained.ShouldBeNull();
        mnist.Row.ShouldBeNull();
    }

    [Fact]
    public void Run_Twice_SecondRunReusesTrainingAndExactSpectra()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = ExactVsLanczosExperiment.Run(Tiny, Data, Store, cancellationToken: ct).Datasets[0];
        var second = ExactVsLanczosExperiment.Run(Tiny, Data, Store, cancellationToken: ct).Datasets[0];

        first.TrainingReused.ShouldBeFalse();
        first.Initial!.Spectrum.ExactReused.ShouldBeFalse();
        second.TrainingReused.ShouldBeTrue();
        second.Initial!.Spectrum.ExactReused.ShouldBeTrue();
        second.Trained!.Spectrum.ExactReused.ShouldBeTrue();
        second.Row!.TrainingSeconds.ShouldBeNull();
        second.Row.ExactSeconds.ShouldBeNull();
        second.Trained.ConvergedPerStep.ShouldBe(first.Trained!.ConvergedPerStep); // from the replayed steps
        first.Trained.Spectrum.LanczosReused.ShouldBeFalse();
        second.Trained.Spectrum.LanczosReused.ShouldBeTrue();
        second.Trained.RitzPerStep.ShouldBe(first.Trained.RitzPerStep);
    }

    [Fact]
    public void Run_Twice_SecondRunAnnouncesTheReusedTrainingBeforeItsFirstStepAndEachReusedExactSpectrum()
    {
        var ct = TestContext.Current.CancellationToken;
        var (first, second) = (new List<string>(), new List<string>());
        ExactVsLanczosExperiment.Run(Tiny, Data, Store, Record(first), (series, _) => first.Add($"step {series}"), cancellationToken: ct);
        var again = ExactVsLanczosExperiment.Run(Tiny, Data, Store, Record(second), (series, _) => second.Add($"step {series}"), cancellationToken: ct).Datasets[0];

        first.ShouldContain(e => e.StartsWith("step ", StringComparison.Ordinal));
        first.ShouldNotContain(e => ReuseNotice.Parse(e) != null, "the first run computes everything");
        var notices = second.Select(e => (Entry: e, Notice: ReuseNotice.Parse(e))).Where(x => x.Notice is not null).ToList();
        notices.Select(x => (x.Notice!.What, x.Notice.Scope)).ShouldBe(
            [(ReuseNotice.Training, "mnist"), (ReuseNotice.Exact, "mnist/initialisation"), (ReuseNotice.Exact, "mnist/trained")]);
        notices[0].Notice!.Key.ShouldBe(again.TrainingKey);
        notices[0].Entry.ShouldContain("UTC, key"); // when the reused checkpoint was trained
        second.IndexOf(notices[0].Entry).ShouldBeLessThan(second.FindIndex(e => e.StartsWith("step ", StringComparison.Ordinal)));
        // An exact spectrum is looked up once its state's Lanczos run is done: after that state's last step.
        second.IndexOf(notices[1].Entry).ShouldBeGreaterThan(second.LastIndexOf("step mnist/initialisation"));
        second.IndexOf(notices[2].Entry).ShouldBeGreaterThan(second.LastIndexOf("step mnist/trained"));
    }

    private static IProgress<ExperimentProgress> Record(List<string> log) => new SynchronousProgress<ExperimentProgress>(p => log.Add(p.Stage));

    [Fact]
    public void Run_MissingDataSet_IsSkippedWithAReason()
    {
        var data = new DataOptions { Directory = _root, AllowDownload = false, SystemRoots = [], ReadEnvironment = _ => null };
        var result = ExactVsLanczosExperiment.Run(Tiny with { Datasets = ["cifar10"] }, data, Store, cancellationToken: TestContext.Current.CancellationToken);

        result.Datasets.ShouldBeEmpty();
        result.Skipped.ShouldHaveSingleItem().Dataset.ShouldBe("cifar10");
    }

    [Theory]
    [InlineData("svhn", "Unknown image data set")]
    [InlineData("epochs", "Epochs must be at least 1")]
    [InlineData("samples", "Samples must be at least 2")]
    public void Validate_BadParameter_SaysWhatIsWrong(string bad, string message)
    {
        var request = bad switch
        {
            "svhn" => Tiny with { Datasets = ["svhn"] },
            "epochs" => Tiny with { Epochs = 0 },
            _ => Tiny with { Samples = 1 },
        };

        request.Validate().ShouldContain(e => e.Contains(message));
        Should.Throw<RequestValidationException>(() => ExactVsLanczosExperiment.Run(request, new DataOptions(), Store));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

/// <summary>Reports on the caller's thread (Progress&lt;T&gt; posts to the thread pool, too late to cancel at a stage).</summary>
file sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
