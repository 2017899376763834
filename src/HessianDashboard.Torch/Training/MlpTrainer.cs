using System.Text.Json.Nodes;
using HessianDashboard.Torch.Checkpoints;
using HessianDashboard.Torch.Data;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Training;

/// <summary>
/// Trains the sigmoid MLP by minibatch SGD on L(θ) = mean cross entropy, shuffling every epoch with
/// a seeded permutation, recording full train/test loss and accuracy after every epoch (epoch 0 =
/// initialisation) and writing checkpoints at the chosen epochs. Cancellation is checked between
/// steps; it ends the run with <see cref="MlpTrainingResult.Completed"/> false and keeps the files written.
/// </summary>
public static class MlpTrainer
{
    /// <summary>Builds the model from <paramref name="options"/> and trains it on a worker thread.</summary>
    public static Task<MlpTrainingResult> TrainAsync(ImageDataset train, ImageDataset? test, MlpTrainingOptions options,
        IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Task.Factory.StartNew(() =>
        {
            ArgumentNullException.ThrowIfNull(options);
            using var model = new Mlp(options.Model, options.Seed, options.Precision, TorchDevice.Resolve(options.Device));
            return Train(model, train, test, options, progress, cancellationToken);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default); // a cancelled token still returns the partial result

    /// <summary>Trains <paramref name="model"/> in place (its config, seed, dtype and device win over the options').</summary>
    public static MlpTrainingResult Train(Mlp model, ImageDataset train, ImageDataset? test, MlpTrainingOptions options,
        IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        using var scope = NewDisposeScope();
        var (trainX, trainY) = ToTensors(train, model);
        var (testX, testY) = test is null ? (null, null) : ToTensors(test, model);
        int stepsPerEpoch = (train.Count + options.BatchSize - 1) / options.BatchSize, totalSteps = stepsPerEpoch * options.Epochs;
        var records = new List<MlpEpochRecord>();
        var checkpoints = new List<TrainingCheckpoint>();
        using var optimizer = optim.SGD(model.Module.parameters(), options.LearningRate, options.Momentum);
        string optimizerJson = new JsonObject
        {
            ["name"] = "SGD", ["lr"] = options.LearningRate, ["momentum"] = options.Momentum, ["batch_size"] = options.BatchSize,
            ["epochs"] = options.Epochs, ["shuffle"] = "SplitMix64 Fisher-Yates per epoch",
        }.ToJsonString();

        for (int epoch = 0; ; epoch++)
        {
            var record = Evaluate(model, epoch, trainX, trainY, testX, testY);
            records.Add(record);
            progress?.Report(new TrainingProgress(TrainingEvent.Evaluation, epoch * stepsPerEpoch, totalSteps, epoch, record.TrainLoss, record.TestLoss));
            if (options.OutputDirectory is not null && options.ResolvedCheckpointEpochs.Contains(epoch))
            {
                string path = Path.Combine(options.OutputDirectory, $"{options.CheckpointPrefix}-epoch-{epoch:000}.safetensors");
                Directory.CreateDirectory(options.OutputDirectory);
                ModelCheckpoint.Save(model, path, new CheckpointMetadata(
                    ModelKind.Mlp, ModelConfigJson.Write(model.Config), model.Seed, train.Name, Epoch: epoch, Optimizer: optimizerJson));
                checkpoints.Add(new TrainingCheckpoint(epoch, path));
                progress?.Report(new TrainingProgress(TrainingEvent.Checkpoint, epoch * stepsPerEpoch, totalSteps, epoch, null, null, path));
            }
            if (epoch == options.Epochs) return new MlpTrainingResult(records, checkpoints, Completed: true);

            int[] order = SeededStreams.Permutation(SeededStreams.Derive(options.Seed, epoch), train.Count);
            model.Module.train();
            for (int step = 0; step < stepsPerEpoch; step++)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    model.Module.eval();
                    return new MlpTrainingResult(records, checkpoints, Completed: false);
                }
                using var stepScope = NewDisposeScope();
                int start = step * options.BatchSize, count = Math.Min(options.BatchSize, train.Count - start);
                Tensor index = tensor(order.AsSpan(start, count).ToArray().Select(i => (long)i).ToArray()).to(model.Device);
                optimizer.zero_grad();
                Tensor loss = model.Loss(trainX.index_select(0, index), trainY.index_select(0, index));
                loss.backward();
                optimizer.step();
                int done = epoch * stepsPerEpoch + step + 1;
                if (done % options.ProgressInterval == 0)
                    progress?.Report(new TrainingProgress(TrainingEvent.Step, done, totalSteps, epoch, loss.ToDouble()));
            }
            model.Module.eval();
        }
    }

    private static MlpEpochRecord Evaluate(Mlp model, int epoch, Tensor trainX, Tensor trainY, Tensor? testX, Tensor? testY)
    {
        var (trainLoss, trainAccuracy) = LossAndAccuracy(model, trainX, trainY);
        if (testX is null || testY is null) return new MlpEpochRecord(epoch, trainLoss, trainAccuracy, null, null);
        var (testLoss, testAccuracy) = LossAndAccuracy(model, testX, testY);
        return new MlpEpochRecord(epoch, trainLoss, trainAccuracy, testLoss, testAccuracy);
    }

    /// <summary>Mean loss and accuracy over a whole set, in chunks so memory stays bounded.</summary>
    private static (double Loss, double Accuracy) LossAndAccuracy(Mlp model, Tensor x, Tensor y)
    {
        const int Chunk = 8192;
        using var _ = no_grad();
        double lossSum = 0, correct = 0;
        long n = x.shape[0];
        for (long start = 0; start < n; start += Chunk)
        {
            using var scope = NewDisposeScope();
            long count = Math.Min(Chunk, n - start);
            Tensor xs = x.narrow(0, start, count), ys = y.narrow(0, start, count);
            lossSum += model.Loss(xs, ys).ToDouble() * count;
            correct += model.Logits(xs).argmax(1).eq(ys).sum().item<long>();
        }
        return (lossSum / n, correct / n);
    }

    private static (Tensor X, Tensor Y) ToTensors(ImageDataset data, Mlp model)
    {
        if (data.Features != model.Config.Inputs || data.Classes > model.Config.Classes || data.Count == 0)
            throw new ArgumentException($"Dataset '{data.Name}' ({data.Count} × {data.Features}, {data.Classes} classes) does not fit the MLP {model.Config}.");
        Tensor x = tensor(data.Pixels, [data.Count, data.Features]).to(model.Precision.ToScalarType()).to(model.Device);
        Tensor y = tensor(data.Labels.Select(l => (long)l).ToArray()).to(model.Device);
        return (x, y);
    }
}
