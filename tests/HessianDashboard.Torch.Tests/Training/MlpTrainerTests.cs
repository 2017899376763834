using HessianDashboard.Torch.Checkpoints;
using HessianDashboard.Torch.Data;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Training;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Tests.Training;

public sealed class MlpTrainerTests : IDisposable
{
    private static readonly MlpConfig Small = new(8, 6, 3);
    private readonly string _directory = Directory.CreateTempSubdirectory("hd-mlp-").FullName;

    [Fact]
    public void Train_SeparableClusters_LowersLossAndWritesCheckpointsThatReloadExactly()
    {
        ImageDataset train = Clusters(240, seed: 1), test = Clusters(60, seed: 2);
        var options = new MlpTrainingOptions
        {
            Model = Small, Epochs = 4, BatchSize = 16, LearningRate = 0.5, Seed = 3,
            CheckpointEpochs = [0, 2, 4], OutputDirectory = _directory,
        };
        using var model = new Mlp(Small, seed: 3);
        var progress = new SyncProgress(_ => { });
        MlpTrainingResult result = MlpTrainer.Train(model, train, test, options, progress);

        result.Completed.ShouldBeTrue();
        result.Epochs.Select(e => e.Epoch).ShouldBe([0, 1, 2, 3, 4]);
        result.Epochs[^1].TrainLoss.ShouldBeLessThan(0.5 * result.Epochs[0].TrainLoss);
        result.Epochs[^1].TestAccuracy!.Value.ShouldBeGreaterThan(0.9);
        result.Checkpoints.Select(c => c.Step).ShouldBe([0, 2, 4]);
        progress.Reports.Count(r => r.Event == TrainingEvent.Checkpoint).ShouldBe(3);

        using var reloaded = (Mlp)CheckpointLoader.Load(result.Checkpoints[^1].Path);
        using var scope = NewDisposeScope();
        Tensor x = tensor(train.Pixels, [train.Count, train.Features]).to_type(ScalarType.Float64);
        Tensor y = tensor(train.Labels.Select(l => (long)l).ToArray());
        reloaded.Loss(x, y).item<double>().ShouldBe(model.Loss(x, y).item<double>());
        reloaded.Loss(x, y).item<double>().ShouldBe(result.Epochs[^1].TrainLoss, 1e-12);
        var metadata = CheckpointMetadata.FromDictionary(SafetensorsReader.Read(result.Checkpoints[0].Path).Metadata)!;
        (metadata.Kind, metadata.Epoch, metadata.Seed, metadata.Dataset).ShouldBe((ModelKind.Mlp, 0, 3, train.Name));
        metadata.Optimizer!.ShouldContain("\"lr\":0.5");
    }

    [Fact]
    public void Train_SameSeed_SameRecords()
    {
        ImageDataset train = Clusters(64, seed: 1);
        var options = new MlpTrainingOptions { Model = Small, Epochs = 2, BatchSize = 8, Seed = 5 };
        using var a = new Mlp(Small, seed: 5);
        using var b = new Mlp(Small, seed: 5);
        MlpTrainer.Train(a, train, null, options).Epochs.ShouldBe(MlpTrainer.Train(b, train, null, options).Epochs);
    }

    [Fact]
    public void Train_WithMomentum_KeepsOptimizerStateAcrossStepsAndLowersLoss()
    {
        ImageDataset train = Clusters(96, seed: 1);
        var options = new MlpTrainingOptions { Model = Small, Epochs = 3, BatchSize = 8, LearningRate = 0.2, Momentum = 0.9, Seed = 2 };
        using var model = new Mlp(Small, seed: 2);
        MlpTrainingResult result = MlpTrainer.Train(model, train, null, options);
        result.Epochs[^1].TrainLoss.ShouldBeLessThan(0.5 * result.Epochs[0].TrainLoss);
    }

    [Fact]
    public async Task TrainAsync_CancelledDuringEpoch2_StopsAndKeepsEarlierCheckpoints()
    {
        using var cancellation = new CancellationTokenSource();
        var options = new MlpTrainingOptions
        {
            Model = Small, Epochs = 50, BatchSize = 4, ProgressInterval = 1, CheckpointEpochs = [0, 1, 2, 50], OutputDirectory = _directory,
        };
        var progress = new SyncProgress(p => { if (p.Epoch == 1 && p.Event == TrainingEvent.Step) cancellation.Cancel(); });
        MlpTrainingResult result = await MlpTrainer.TrainAsync(Clusters(40, seed: 1), null, options, progress, cancellation.Token);
        result.Completed.ShouldBeFalse();
        result.Epochs.Count.ShouldBe(2);
        result.Checkpoints.Select(c => c.Step).ShouldBe([0, 1]);
        result.Checkpoints.ShouldAllBe(c => File.Exists(c.Path));
        progress.Reports.Count(r => r.Event == TrainingEvent.Step && r.Epoch == 1).ShouldBe(1);
    }

    [Theory]
    [InlineData("MNIST train (60,000)", 15)]
    [InlineData("FashionMNIST train", 20)]
    [InlineData("CIFAR-10 grey 28x28", 30)]
    public void ThesisEpochs_DatasetName_IsTable41(string name, int epochs) => MlpTrainingOptions.ThesisEpochs(name).ShouldBe(epochs);

    /// <summary>Three classes with well-separated means in [0, 1]^8 plus seeded noise.</summary>
    private static ImageDataset Clusters(int count, int seed)
    {
        var random = new Random(seed);
        var pixels = new float[count * 8];
        var labels = new int[count];
        for (int i = 0; i < count; i++)
        {
            labels[i] = i % 3;
            for (int f = 0; f < 8; f++)
                pixels[i * 8 + f] = (float)((f % 3 == labels[i] ? 0.8 : 0.2) + 0.1 * (random.NextDouble() - 0.5));
        }
        return new ImageDataset($"clusters-{seed}", pixels, labels, 8, 3);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
