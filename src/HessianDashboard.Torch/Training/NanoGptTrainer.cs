using System.Globalization;
using System.Text.Json.Nodes;
using HessianDashboard.Torch.Checkpoints;
using HessianDashboard.Torch.Data;
using HessianDashboard.Torch.Data.Text;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Runtime;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Training;

/// <summary>
/// nanoGPT's training loop on a character corpus: the corpus' 90/10 split, at every step set the
/// scheduled lr, sample a seeded batch (the data layer's <see cref="CharBlockSampler"/>), AdamW step on the mean token cross entropy with gradient clipping; every
/// eval interval (and at the end) estimate train/val loss with dropout off; write checkpoints at
/// the chosen iterations. Cancellation is checked between steps and keeps the files written.
/// </summary>
public static class NanoGptTrainer
{
    /// <summary>Builds the model (vocabulary from the corpus) and trains it on a worker thread.</summary>
    public static Task<NanoGptTrainingResult> TrainAsync(CharCorpus corpus, NanoGptTrainingOptions options,
        IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Task.Factory.StartNew(() =>
        {
            ArgumentNullException.ThrowIfNull(corpus);
            ArgumentNullException.ThrowIfNull(options);
            var config = options.Model with { VocabularySize = corpus.VocabularySize };
            using var model = new NanoGpt(config, options.Seed, options.Precision, TorchDevice.Resolve(options.Device));
            return Train(model, corpus, options, progress, cancellationToken);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default); // a cancelled token still returns the partial result

    /// <summary>Trains <paramref name="model"/> in place (its architecture, dropout, dtype and device win over the options').</summary>
    public static NanoGptTrainingResult Train(NanoGpt model, CharCorpus corpus, NanoGptTrainingOptions options,
        IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (corpus.VocabularySize > model.Config.VocabularySize)
            throw new ArgumentException($"Corpus '{corpus.Name}' has {corpus.VocabularySize} symbols; the model's vocabulary is {model.Config.VocabularySize}.");
        var trainSampler = new CharBlockSampler(corpus, CorpusSplit.Train, model.Config.BlockSize, SeededStreams.Derive(options.Seed, 0));
        model.ReseedDropout(options.Seed);
        var evaluations = new List<NanoGptEvaluation>();
        var losses = new List<double>();
        var checkpoints = new List<TrainingCheckpoint>();
        Parameter[] parameters = model.Module.parameters().ToArray();
        using var optimizer = optim.AdamW(
            [
                new AdamW.ParamGroup(parameters.Where(p => p.dim() >= 2), lr: options.Schedule.LearningRate,
                    beta1: options.Beta1, beta2: options.Beta2, weight_decay: options.WeightDecay),
                new AdamW.ParamGroup(parameters.Where(p => p.dim() < 2), lr: options.Schedule.LearningRate,
                    beta1: options.Beta1, beta2: options.Beta2, weight_decay: 0),
            ]);
        string optimizerJson = OptimizerJson(options);

        for (int iteration = 0; ; iteration++)
        {
            double lr = options.Schedule.At(iteration);
            if (iteration % options.EvalInterval == 0 || iteration == options.Iterations)
            {
                var (trainLoss, validationLoss) = EstimateLoss(model, corpus, options, iteration);
                evaluations.Add(new NanoGptEvaluation(iteration, trainLoss, validationLoss, lr));
                progress?.Report(new TrainingProgress(TrainingEvent.Evaluation, iteration, options.Iterations, 0, trainLoss, validationLoss));
            }
            if (options.OutputDirectory is not null && options.CheckpointIterations.Contains(iteration))
            {
                string path = Path.Combine(options.OutputDirectory, $"{options.CheckpointPrefix}-iter-{iteration:0000}.safetensors");
                Directory.CreateDirectory(options.OutputDirectory);
                ModelCheckpoint.Save(model, path, new CheckpointMetadata(
                    ModelKind.NanoGpt, ModelConfigJson.Write(model.Config), model.Seed, corpus.Name, Iteration: iteration, Optimizer: optimizerJson));
                checkpoints.Add(new TrainingCheckpoint(iteration, path));
                progress?.Report(new TrainingProgress(TrainingEvent.Checkpoint, iteration, options.Iterations, 0, null, null, path));
            }
            if (iteration == options.Iterations) return new NanoGptTrainingResult(evaluations, losses, checkpoints, Completed: true);
            if (cancellationToken.IsCancellationRequested) return new NanoGptTrainingResult(evaluations, losses, checkpoints, Completed: false);

            using var scope = NewDisposeScope();
            foreach (var group in optimizer.ParamGroups) group.LearningRate = lr;
            model.SetTraining(true);
            var (x, y) = ToTensors(trainSampler.NextBatch(options.BatchSize), model.Device);
            optimizer.zero_grad();
            Tensor loss = model.Loss(x, y);
            loss.backward();
            if (options.GradClip > 0) nn.utils.clip_grad_norm_(parameters, options.GradClip);
            optimizer.step();
            model.SetTraining(false);
            losses.Add(loss.ToDouble());
            if ((iteration + 1) % options.ProgressInterval == 0)
                progress?.Report(new TrainingProgress(TrainingEvent.Step, iteration + 1, options.Iterations, 0, losses[^1]));
        }
    }

    /// <summary>Mean loss over EvalIterations batches of each split; the batches depend only on the seed and the iteration.</summary>
    private static (double Train, double Validation) EstimateLoss(NanoGpt model, CharCorpus corpus, NanoGptTrainingOptions options, int iteration)
    {
        bool training = model.IsTraining;
        model.SetTraining(false);
        using var _ = no_grad();
        double Estimate(CorpusSplit split, int stream)
        {
            var sampler = new CharBlockSampler(corpus, split, model.Config.BlockSize, SeededStreams.Derive(options.Seed, stream));
            double sum = 0;
            for (int i = 0; i < options.EvalIterations; i++)
            {
                using var scope = NewDisposeScope();
                var (x, y) = ToTensors(sampler.NextBatch(options.BatchSize), model.Device);
                sum += model.Loss(x, y).ToDouble();
            }
            return sum / options.EvalIterations;
        }
        var result = (Estimate(CorpusSplit.Train, 2 * iteration + 1), Estimate(CorpusSplit.Validation, 2 * iteration + 2));
        model.SetTraining(training);
        return result;
    }

    /// <summary>A batch as int64 [count, T] input and target tensors on <paramref name="device"/>.</summary>
    private static (Tensor Inputs, Tensor Targets) ToTensors(CharBatch batch, Device device)
    {
        long[] shape = [batch.Count, batch.BlockLength];
        return (tensor(batch.Inputs.Select(t => (long)t).ToArray(), shape).to(device), tensor(batch.Targets.Select(t => (long)t).ToArray(), shape).to(device));
    }

    private static string OptimizerJson(NanoGptTrainingOptions o) => new JsonObject
    {
        ["name"] = "AdamW", ["lr"] = o.Schedule.LearningRate, ["min_lr"] = o.Schedule.MinLearningRate,
        ["warmup_iters"] = o.Schedule.WarmupIterations, ["lr_decay_iters"] = o.Schedule.DecayIterations, ["decay_lr"] = o.Schedule.Decay,
        ["beta1"] = o.Beta1, ["beta2"] = o.Beta2, ["weight_decay"] = o.WeightDecay, ["grad_clip"] = o.GradClip,
        ["batch_size"] = o.BatchSize, ["max_iters"] = o.Iterations, ["train_fraction"] = 0.9,
        ["dropout"] = o.Model.Dropout, ["eval_interval"] = o.EvalInterval, ["eval_iters"] = o.EvalIterations,
        ["sampler"] = "CharBlockSampler (SplitMix64 offsets)", ["seed"] = o.Seed.ToString(CultureInfo.InvariantCulture),
    }.ToJsonString();
}
