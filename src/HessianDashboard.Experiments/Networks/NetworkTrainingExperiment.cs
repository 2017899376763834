using System.Diagnostics;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Networks;

/// <summary>Runs training requests: loads the data, trains, and returns the curves and checkpoints (partial when cancelled).</summary>
public static class NetworkTrainingExperiment
{
    public static TrainingRunResult TrainMlp(TrainMlpRequest request, DataOptions data, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        request.EnsureValid();
        var clock = Stopwatch.StartNew();
        var (train, test, source) = NetworkData.LoadImages(request.Dataset, data, request.Samples, withTest: true, cancellationToken);
        var result = MlpTrainer.TrainAsync(train, test, request.Resolved(), progress, cancellationToken).GetAwaiter().GetResult();
        return new TrainingRunResult
        {
            Dataset = train.Name + (test is null ? "" : $"; evaluated on {test.Name}"),
            DataNote = source.Note,
            Epochs = result.Epochs,
            Checkpoints = result.Checkpoints,
            Completed = result.Completed,
            Seconds = clock.Elapsed.TotalSeconds,
        };
    }

    public static TrainingRunResult TrainNanoGpt(TrainNanoGptRequest request, DataOptions data, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        request.EnsureValid();
        var clock = Stopwatch.StartNew();
        var (corpus, source) = NetworkData.LoadCorpus(data, cancellationToken);
        var result = NanoGptTrainer.TrainAsync(corpus, request.Options, progress, cancellationToken).GetAwaiter().GetResult();
        return new TrainingRunResult
        {
            Dataset = corpus.Name,
            DataNote = source.Note,
            Evaluations = result.Evaluations,
            BatchLosses = result.BatchLosses,
            Checkpoints = result.Checkpoints,
            Completed = result.Completed,
            Seconds = clock.Elapsed.TotalSeconds,
        };
    }
}
