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
        result.Evaluations[^1].TrainLoss.ShouldBeLessThan(0.8 * result.Evaluations[0].TrainLoss);
        result.Evaluations[^1].ValidationLoss.ShouldBeLessThan(0.8 * result.Evaluations[0].ValidationLoss);
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
    public void Train_OneStep_AdamMovesEachNoDecayWeightByTheWarmupRate()
    {
        // Adam's first step is lr·g/(|g| + ε) ≈ ±lr per coordinate, so the scheduled lr is visible exactly.
        var options = Tiny(null) with { Iterations = 1, EvalIterations = 1, Schedule = new LearningRateSchedule(1e-2, 1e-3, 10, 40) };
        using var model = new NanoGpt(options.Model with { Dropout = 0 }, 1, ModelPrecision.Float64);
        double lr = 1e-2 / 11; // At(0) = lr·1/(warmup + 1)
        double[] before = Weights(model, "ln_f.weight"), matrixBefore = Weights(model, "h.0.mlp.c_fc.weight");
        NanoGptTrainer.Train(model, Periodic(), options).Completed.ShouldBeTrue();
        // LayerNorm weights: no decay; ε/|g| keeps each step a hair below lr.
        double[] steps = Weights(model, "ln_f.weight").Zip(before, (a, b) => Math.Abs(a - b)).ToArray();
        steps.ShouldAllBe(d => d <= lr && d > lr * (1 - 1e-3));
        // Matrices: decoupled decay θ ← θ − lr·0.1·θ on top of the ±lr Adam step.
        double[] matrixAfter = Weights(model, "h.0.mlp.c_fc.weight");
        double[] adamSteps = matrixAfter.Select((a, i) => Math.Abs(a - matrixBefore[i] + lr * 0.1 * matrixBefore[i])).ToArray();
        adamSteps.Count(d => d > lr * (1 + 1e-9) || d < lr * (1 - 1e-2)).ShouldBeLessThan(adamSteps.Length / 100);
    }

    private static double[] Weights(NanoGpt model, string suffix) => model.Module.named_parameters()
        .Single(p => p.name.EndsWith(suffix, StringComparison.Ordinal)).parameter.data<double>().ToArray();

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
