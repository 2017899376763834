using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Torch.Checkpoints;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Tests.Data.TestSupport;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Tests.Networks;

public sealed class NetworkTrainingExperimentTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("hessian-train-").FullName;

    private static DataOptions Data => new() { Directory = SharedData.DataDirectory, AllowDownload = false };

    [Fact]
    public void TrainMlp_TwoEpochsOnMnist_LowersTheLossAndWritesLoadableCheckpoints()
    {
        var request = new TrainMlpRequest
        {
            Samples = 512,
            EpochsExplicit = true,
            Options = new MlpTrainingOptions { Epochs = 2, LearningRate = 0.5, Seed = 1, CheckpointEpochs = [0, 2], OutputDirectory = _out },
        };
        var result = NetworkTrainingExperiment.TrainMlp(request, Data, cancellationToken: TestContext.Current.CancellationToken);

        result.Completed.ShouldBeTrue();
        result.Epochs!.Count.ShouldBe(3);
        result.Epochs[2].TrainLoss.ShouldBeLessThan(result.Epochs[0].TrainLoss);
        result.Checkpoints.Select(c => c.Step).ShouldBe([0, 2]);
        result.DataNote.ShouldContain("test split"); // only the MNIST test set is on these machines
        var info = CheckpointInfo.Inspect(result.Checkpoints[1].Path);
        info.ParameterCount.ShouldBe(12_730);
    }

    [Fact]
    public void TrainMlp_EpochsNotGiven_TakesTable41ForTheDataSet()
    {
        new TrainMlpRequest { Dataset = "fashion-mnist" }.Resolved().Epochs.ShouldBe(20);
        new TrainMlpRequest { Dataset = "cifar10" }.Resolved().Epochs.ShouldBe(30);
        new TrainMlpRequest { Dataset = "mnist" }.Resolved().Epochs.ShouldBe(15);
        new TrainMlpRequest { Dataset = "mnist", EpochsExplicit = true, Options = new() { Epochs = 3 } }.Resolved().Epochs.ShouldBe(3);
    }

    [Fact]
    public void TrainNanoGpt_FewIterationsOfATinyConfig_WritesCheckpointsAndEvaluations()
    {
        var defaults = new NanoGptTrainingOptions();
        var request = new TrainNanoGptRequest
        {
            Options = defaults with
            {
                Model = defaults.Model with { Layers = 1, Embedding = 32, Heads = 2, BlockSize = 16 },
                Iterations = 6, BatchSize = 4, EvalInterval = 3, EvalIterations = 2,
                Schedule = defaults.Schedule with { WarmupIterations = 1, DecayIterations = 6 },
                CheckpointIterations = [0, 6], OutputDirectory = _out, Seed = 2,
            },
        };
        var result = NetworkTrainingExperiment.TrainNanoGpt(request, Data, cancellationToken: TestContext.Current.CancellationToken);
        result.Completed.ShouldBeTrue();
        result.BatchLosses!.Count.ShouldBe(6);
        result.Evaluations!.ShouldNotBeEmpty();
        result.Checkpoints.Select(c => c.Step).ShouldBe([0, 6]);
        result.Dataset.ShouldBe("TinyShakespeare");
    }

    [Fact]
    public void Validate_BadSettings_AreMessagesNotExceptions()
    {
        new TrainMlpRequest { Dataset = "tinyshakespeare" }.Validate().ShouldHaveSingleItem().ShouldContain("mnist");
        new TrainMlpRequest { EpochsExplicit = true, Options = new() { LearningRate = -1 } }.Validate().ShouldNotBeEmpty();
        new TrainNanoGptRequest { Options = new() { BatchSize = 0 } }.Validate().ShouldNotBeEmpty();
        Should.Throw<RequestValidationException>(() => NetworkTrainingExperiment.TrainMlp(new TrainMlpRequest { Samples = 0 }, new DataOptions { AllowDownload = false }));
    }

    public void Dispose() => Directory.Delete(_out, recursive: true);
}
