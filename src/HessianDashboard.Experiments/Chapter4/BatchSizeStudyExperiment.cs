using System.Diagnostics;
using HessianDashboard.Core.Metrics;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// Runs <see cref="BatchSizeStudyRequest"/>: resolves the checkpoint (given, or the chapter-4 training run's last one
/// through the store), runs the full batch <see cref="BatchSizeStudyRequest.Repeats"/> times (the first is the
/// reference), then every smaller size on seeded random batches, each a <see cref="NetworkSpectrumExperiment"/> run
/// with the same start vector. Progress: one unit per run (plus one for training). Cancelling keeps the runs done.
/// </summary>
public static class BatchSizeStudyExperiment
{
    /// <summary>Runs the request; <paramref name="onStep"/> sees each step with its series ("batch 100 #2", "full #1"), <paramref name="onMetric"/> runtime, ‖∇L‖ and L2 per batch size.</summary>
    public static BatchSizeStudyResult Run(BatchSizeStudyRequest request, DataOptions data, NetworkArtifactStore? store = null,
        IProgress<ExperimentProgress>? progress = null, Action<string, LanczosStep>? onStep = null, Action<RunMetric>? onMetric = null,
        CancellationToken cancellationToken = default)
    {
        request.EnsureValid();
        ArgumentNullException.ThrowIfNull(data);
        var clock = Stopwatch.StartNew();
        int[] sizes = [.. request.BatchSizes.Distinct().Order()];
        var staged = new StagedProgress(progress, 1 + request.Repeats * (sizes.Length + 1));
        string? checkpoint = request.Checkpoint;
        Reused<TrainingRunResult>? training = null;
        if (checkpoint is null)
        {
            if (store is null) throw new RequestValidationException(["Without a checkpoint the study trains the model through the artifact store; give a store or a checkpoint."]);
            training = store.TrainMlp(Chapter4Training.Request(request.Dataset, request.Samples, request.Epochs, request.TrainingSeed), data,
                staged.Training(0, request.Dataset, null), cancellationToken);
            if (!training.Value.Completed) return Partial(request, "", training, null, [], 0, 0, clock);
            checkpoint = Chapter4Training.Checkpoints(training.Value).Trained.Path;
        }
        var template = new NetworkSpectrumRequest
        {
            Checkpoint = checkpoint, Dataset = request.Dataset, Samples = request.Samples, Iterations = request.Iterations,
            Variant = Reorthogonalization.Full, StartSeed = request.StartSeed, ParameterPatterns = request.ParameterPatterns,
        };
        var runs = new List<BatchRun>();
        BatchRun? full = null;
        int unit = 1, population = 0, dimension = 0;
        string dataName = "";
        for (int r = 0; r < request.Repeats && !cancellationToken.IsCancellationRequested; r++)
        {
            var spectrum = Probe(template, null, request.BatchSeed, $"full #{r + 1}", data, store, staged.Unit(unit++, $"full #{r + 1}"), onStep, cancellationToken);
            if (spectrum.Lanczos.Status == LanczosStatus.Cancelled) break;
            population = spectrum.Manifest.HessianBatchSize;
            dimension = spectrum.Dimension;
            dataName = spectrum.Manifest.Dataset;
            var run = Record(spectrum, r, request.BatchSeed, true, full, request.SpuriousTolerance);
            full ??= run;
            runs.Add(run);
            Publish(run, onMetric);
        }
        for (int s = 0; s < sizes.Length && full is not null; s++)
        {
            if (sizes[s] >= population) continue; // the full batch, already run
            for (int r = 0; r < request.Repeats && !cancellationToken.IsCancellationRequested; r++)
            {
                ulong seed = request.BatchSeed + (ulong)(1000 * s + r);
                string series = $"batch {sizes[s]} #{r + 1}";
                var spectrum = Probe(template, sizes[s], seed, series, data, store, staged.Unit(unit++, series), onStep, cancellationToken);
                if (spectrum.Lanczos.Status == LanczosStatus.Cancelled) break;
                var run = Record(spectrum, r, seed, false, full, request.SpuriousTolerance);
                runs.Add(run);
                Publish(run, onMetric);
            }
        }
        return Partial(request, checkpoint, training, full, runs, population, dimension, clock, dataName) with
        {
            Completed = !cancellationToken.IsCancellationRequested && full is not null,
        };
    }

    private static NetworkSpectrumResult Probe(NetworkSpectrumRequest template, int? size, ulong seed, string series, DataOptions data,
        NetworkArtifactStore? store, IProgress<ExperimentProgress>? progress, Action<string, LanczosStep>? onStep, CancellationToken cancellationToken) =>
        NetworkSpectrumExperiment.Run(template with { HessianBatch = size, BatchSeed = seed }, data, progress,
            onStep is null ? null : step => onStep(series, step), cancellationToken, store);

    private static BatchRun Record(NetworkSpectrumResult spectrum, int repeat, ulong seed, bool isFull, BatchRun? full, double tolerance)
    {
        var ritz = spectrum.Lanczos.Ritz.Order().ToArray();
        bool comparable = full is null || full.Ritz.Length == ritz.Length;
        var reference = full?.Ritz ?? ritz;
        return new BatchRun
        {
            BatchSize = spectrum.Manifest.HessianBatchSize,
            IsFull = isFull,
            Repeat = repeat,
            Seed = seed,
            Indices = isFull ? null : spectrum.Manifest.HessianBatchIndices,
            Loss = spectrum.Loss,
            GradientNorm = spectrum.GradientNorm,
            Status = spectrum.Lanczos.Status,
            Ritz = ritz,
            LanczosSeconds = spectrum.LanczosSeconds,
            SetupSeconds = spectrum.SetupSeconds,
            L1 = comparable ? SpectrumDistance.L1(ritz, reference) : null,
            L2 = comparable ? SpectrumDistance.L2(ritz, reference) : null,
            SpuriousNegatives = SpuriousNegatives.Find(ritz, reference, tolerance),
        };
    }

    private static void Publish(BatchRun run, Action<RunMetric>? onMetric)
    {
        if (onMetric is null) return;
        onMetric(new RunMetric("Lanczos seconds", run.BatchSize, run.LanczosSeconds));
        onMetric(new RunMetric("gradient norm", run.BatchSize, run.GradientNorm));
        if (run.L2 is { } l2) onMetric(new RunMetric("L2 to full batch", run.BatchSize, l2));
    }

    private static BatchSizeStudyResult Partial(BatchSizeStudyRequest request, string checkpoint, Reused<TrainingRunResult>? training, BatchRun? full,
        List<BatchRun> runs, int population, int dimension, Stopwatch clock, string dataName = "") => new()
    {
        Request = request,
        Checkpoint = checkpoint,
        TrainingKey = training?.Key,
        TrainingReused = training?.WasReused,
        DataName = dataName,
        Population = population,
        Dimension = dimension,
        Full = full,
        Runs = runs,
        Sizes = BatchSizeSummaries.Of(runs),
        RuntimeFit = BatchSizeSummaries.FitRuntime(runs),
        Completed = false,
        Seconds = clock.Elapsed.TotalSeconds,
    };
}
