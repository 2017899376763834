using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Networks.Jobs;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Tests.Data.TestSupport;
using HessianDashboard.Torch.Training;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Experiments.Tests.Networks.Jobs;

public sealed class NetworkJobHandlersTests : IDisposable
{
    private readonly string _artifacts = Directory.CreateTempSubdirectory("hessian-jobs-").FullName;

    private NetworkArtifactStore Store => new(new ArtifactStoreOptions { Directory = _artifacts });

    private static IOptions<DataOptions> Data => Options.Create(new DataOptions { Directory = SharedData.DataDirectory, AllowDownload = false });

    private static TrainMlpRequest TinyMlp => new()
    {
        Samples = 256,
        EpochsExplicit = true,
        Options = new MlpTrainingOptions { Epochs = 2, LearningRate = 0.5, Seed = 1, ProgressInterval = 1, CheckpointEpochs = [0, 2] },
    };

    [Fact]
    public void TrainMlp_TwoEpochs_PublishesTrainAndTestLossCurvesThenReusesTheCheckpoints()
    {
        var handler = new TrainMlpJobHandler(Store, Data);
        var reporter = new RecordingReporter();

        var first = (Reused<TrainingRunResult>)handler.Execute(TinyMlp, reporter, TestContext.Current.CancellationToken)!;

        first.WasReused.ShouldBeFalse();
        first.Value.Completed.ShouldBeTrue();
        first.Value.Checkpoints.Select(c => c.Step).ShouldBe([0, 2]);
        first.Value.Checkpoints.ShouldAllBe(c => c.Path.StartsWith(_artifacts, StringComparison.Ordinal) && File.Exists(c.Path));
        int stepsPerEpoch = (256 + 63) / 64;
        var train = reporter.Metrics.Where(m => m.Name == "train loss").ToList();
        train.Select(m => m.X).ShouldBe(Enumerable.Range(1, 2 * stepsPerEpoch).Select(s => (double)s), "ProgressInterval 1: one point per step");
        train.ShouldAllBe(m => double.IsFinite(m.Y) && m.Y > 0);
        // One held-out estimate per evaluated epoch at x = the step the epoch ends on (none here when, as on these
        // machines, only the MNIST test split exists and stands in for the training data).
        reporter.Metrics.Where(m => m.Name == "test loss").Select(m => m.X)
            .ShouldBe(first.Value.Epochs!.Where(e => e.TestLoss is not null).Select(e => (double)e.Epoch * stepsPerEpoch));
        reporter.Progress.ShouldContain(p => p.Stage == "training");
        reporter.Progress.Count(p => p.Stage.StartsWith("checkpoint", StringComparison.Ordinal)).ShouldBe(2);
        reporter.Fractions.ShouldBe(reporter.Fractions.Order().ToList(), "the fraction never goes back");

        var again = new RecordingReporter();
        var second = (Reused<TrainingRunResult>)handler.Execute(TinyMlp, again, TestContext.Current.CancellationToken)!;
        second.WasReused.ShouldBeTrue();
        second.Value.Checkpoints.Select(c => c.Path).ShouldBe(first.Value.Checkpoints.Select(c => c.Path));
        again.Metrics.ShouldBeEmpty("nothing was trained");
    }

    [Fact]
    public void TrainNanoGpt_TinyConfig_PublishesValidationLossPerEvaluation()
    {
        var defaults = new NanoGptTrainingOptions();
        var request = new TrainNanoGptRequest
        {
            Options = defaults with
            {
                Model = defaults.Model with { Layers = 1, Embedding = 16, Heads = 2, BlockSize = 8 },
                Iterations = 4, BatchSize = 2, EvalInterval = 2, EvalIterations = 1, ProgressInterval = 1,
                Schedule = defaults.Schedule with { WarmupIterations = 1, DecayIterations = 4 },
                CheckpointIterations = [4], Seed = 2,
            },
        };
        var reporter = new RecordingReporter();

        var result = (Reused<TrainingRunResult>)new TrainNanoGptJobHandler(Store, Data).Execute(request, reporter, TestContext.Current.CancellationToken)!;

        result.Value.Completed.ShouldBeTrue();
        result.Value.Checkpoints.Single().Step.ShouldBe(4);
        reporter.Metrics.Count(m => m.Name == "train loss").ShouldBe(4);
        reporter.Metrics.Where(m => m.Name == "val loss").Select(m => m.X).ShouldBe(result.Value.Evaluations!.Select(e => (double)e.Iteration));
        new TrainNanoGptJobHandler(Store, Data).Kind.ShouldBe("train-nanogpt");
    }

    [Fact]
    public void NetworkSpectrum_OutputLayerWithExact_PublishesEveryStepAndTheRowsThenReusesTheExactSpectrum()
    {
        var request = new NetworkSpectrumRequest
        {
            Model = ModelKind.Mlp, Seed = 3, Samples = 300, HessianBatch = 100, BatchSeed = 5, Iterations = 12, Exact = true, ParameterPatterns = ["2.*"],
        };
        var handler = new NetworkSpectrumJobHandler(Store, Data);
        var reporter = new RecordingReporter();

        var first = (NetworkSpectrumResult)handler.Execute(request, reporter, TestContext.Current.CancellationToken)!;

        first.ExactReused.ShouldBeFalse();
        first.ExactEigenvalues!.Length.ShouldBe(170);
        reporter.Steps.Select(s => s.Step.K).ShouldBe(Enumerable.Range(1, 12));
        reporter.Steps.ShouldAllBe(s => s.Series == NetworkSpectrumJobHandler.Series);
        reporter.Steps[^1].Fraction!.Value.ShouldBe(0.1, 1e-12, "Lanczos is the first tenth when the exact Hessian follows");
        reporter.Progress.ShouldContain(p => p.Stage == "exact Hessian: row 170 of 170");
        reporter.Fractions.ShouldBe(reporter.Fractions.Order().ToList(), "the fraction never goes back");
        reporter.Fractions[^1].ShouldBeGreaterThanOrEqualTo(0.97, "the eigen-decomposition stage starts at 97 %");

        var again = new RecordingReporter();
        var second = (NetworkSpectrumResult)handler.Execute(request, again, TestContext.Current.CancellationToken)!;
        second.ExactReused.ShouldBeTrue();
        second.ExactEigenvalues.ShouldBe(first.ExactEigenvalues);
        again.Progress.ShouldNotContain(p => p.Stage.StartsWith("exact Hessian", StringComparison.Ordinal));
        second.Lanczos.ConvergedCount.ShouldBe(first.Lanczos.ConvergedCount);
        second.LanczosReused.ShouldBeTrue();
        again.Steps.Select(s => s.Step.K).ShouldBe(Enumerable.Range(1, 12)); // the stored steps are replayed to the live ladder
    }

    [Fact]
    public void AddNetworkJobs_BindsDataAndArtifactsAndRegistersTheNetworkKinds()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Directory"] = "/some/data",
            ["Data:AllowDownload"] = "false",
            ["Artifacts:Directory"] = _artifacts,
        }).Build();
        using var provider = new ServiceCollection().AddRunRunner(configuration).AddNetworkJobs(configuration).BuildServiceProvider();

        var data = provider.GetRequiredService<IOptions<DataOptions>>().Value;
        (data.Directory, data.AllowDownload).ShouldBe(("/some/data", false));
        provider.GetRequiredService<NetworkArtifactStore>().Root.ShouldBe(Path.GetFullPath(_artifacts));
        provider.GetRequiredService<DataLocator>().Options.ShouldBeSameAs(data);
        var kinds = provider.GetServices<IRunJobHandler>().Select(h => h.Kind).ToList();
        kinds.ShouldContain("train-mlp");
        kinds.ShouldContain("train-nanogpt");
        kinds.ShouldContain("network-spectrum");
        kinds.ShouldContain("exact-vs-lanczos");
        kinds.ShouldContain("batch-size-study");
        kinds.Count.ShouldBe(RunJobCatalog.BuiltInHandlers().Count + 8); // the built-in kinds and the eight network kinds
        kinds.Count.ShouldBe(kinds.Distinct().Count());
    }

    public void Dispose()
    {
        if (Directory.Exists(_artifacts)) Directory.Delete(_artifacts, recursive: true);
    }
}
