using HessianDashboard.Torch.Checkpoints;
using HessianDashboard.Torch.Data;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Training;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Tests.Training;

public sealed class NanoGptTrainerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hd-gpt-").FullName;

    private static NanoGptTrainingOptions Tiny(string? output) => new()
    {
        Model = new NanoGptConfig(5, BlockSize: 8, Layers: 1, Heads: 2, Embedding: 16, Dropout: 0.1),
        Iterations = 40, BatchSize = 4, Schedule = new LearningRateSchedule(1e-2, 1e-3, 5, 40),
        EvalInterval = 20, EvalIterations = 3, CheckpointIterations = [0, 20, 40], OutputDirectory = output,
        Precision = ModelPrecision.Float32, ProgressInterval = 1, Seed = 1,
    };

    [Fact]
    public async Task TrainAsync_PeriodicText_LowersLossAndCheckpointReloadsExactly()
    {
        CharCorpus corpus = Periodic();
        var options = Tiny(_directory);
        NanoGptTrainingResult result = await NanoGptTrainer.TrainAsync(corpus, options);

        result.Completed.ShouldBeTrue();
        result.BatchLosses.Count.ShouldBe(40);
        result.Evaluations.Select(e => e.Iteration).ShouldBe([0, 20, 40]);
        result.Evaluations[^1].TrainLoss.ShouldBeLessThan(0.7 * result.Evaluations[0].TrainLoss);
        result.Evaluations[^1].ValidationLoss.ShouldBeLessThan(0.7 * result.Evaluations[0].ValidationLoss);
        result.Checkpoints.Select(c => c.Step).ShouldBe([0, 20, 40]);

        using var scope = NewDisposeScope();
        Tensor x = tensor(corpus.Tokens[..16].Select(t => (long)t).ToArray(), [2, 8]);
        Tensor y = tensor(corpus.Tokens[1..17].Select(t => (long)t).ToArray(), [2, 8]);
        using var first = (NanoGpt)CheckpointLoader.Load(result.Checkpoints[0].Path);
        using var last = (NanoGpt)CheckpointLoader.Load(result.Checkpoints[^1].Path);
        using var initial = new NanoGpt(options.Model, options.Seed, ModelPrecision.Float32);
        first.Config.ShouldBe(options.Model with { Dropout = 0 });
        first.Loss(x, y).item<float>().ShouldBe(initial.Loss(x, y).item<float>());
        last.Loss(x, y).item<float>().ShouldBeLessThan(first.Loss(x, y).item<float>());
        var metadata = CheckpointMetadata.FromDictionary(SafetensorsReader.Read(result.Checkpoints[^1].Path).Metadata)!;
        (metadata.Kind, metadata.Iteration, metadata.Dataset).ShouldBe((ModelKind.NanoGpt, 40, corpus.Name));
        metadata.Optimizer!.ShouldContain("\"name\":\"AdamW\"");
    }

    [Fact]
    public void Train_CancelledAtStep5_StopsPromptlyKeepingInitialCheckpoint()
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new SyncProgress(p => { if (p.Event == TrainingEvent.Step && p.Step == 5) cancellation.Cancel(); });
        var options = Tiny(_directory);
        using var model = new NanoGpt(options.Model with { VocabularySize = 5 }, 1, ModelPrecision.Float32);
        NanoGptTrainingResult result = NanoGptTrainer.Train(model, Periodic(), options, progress, cancellation.Token);
        result.Completed.ShouldBeFalse();
        result.BatchLosses.Count.ShouldBe(5);
        result.Checkpoints.Select(c => c.Step).ShouldBe([0]);
        File.Exists(result.Checkpoints[0].Path).ShouldBeTrue();
        model.IsTraining.ShouldBeFalse();
    }

    /// <summary>A 5-symbol text with a short period plus seeded noise: learnable in a few dozen steps.</summary>
    private static CharCorpus Periodic()
    {
        var random = new Random(4);
        int[] tokens = Enumerable.Range(0, 2000).Select(i => random.NextDouble() < 0.05 ? random.Next(5) : "01234321"[i % 8] - '0').ToArray();
        return new CharCorpus("periodic", ['a', 'b', 'c', 'd', 'e'], tokens);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
