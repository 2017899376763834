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
/// Runtime is what the study measures, so every run is computed and timed here — never replayed from the artifact store
/// (a replay would copy an earlier run's time, and the full batch's repeats would all copy its first) — after
/// <see cref="WarmupProducts"/> untimed products on its batch; the runtime law is fitted to the median per size.
/// </summary>
public static class BatchSizeStudyExperiment
{
    /// <summary>Untimed Hessian-vector products on each run's batch before its timed Lanczos steps (≈ 2% of m = 100).</summary>
    public const int WarmupProducts = 2;

    /// <summary>
    /// Runs the request; <paramref name="onStep"/> sees each step with its series ("batch 100 #2", "full #1"),
    /// <paramref name="onMetric"/> runtime, ‖∇L‖ and L2 per batch size, each labelled with its run's series.
    /// </summary>
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
            if (Chapter4Training.ReuseStage(store, training) is { } reused) staged.Unit(0, request.Dataset)?.Report(new ExperimentProgress(reused, 1, 1));
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
            string series = $"full #{r + 1}";
            var spectrum = Probe(template, null, request.BatchSeed, series, data, staged.Unit(unit++, series), onStep, cancellationToken);
            if (spectrum.Lanczos.Status == LanczosStatus.Cancelled) break;
            population = spectrum.Manifest.HessianBatchSize;
            dimension = spectrum.Dimension;
            dataName = spectrum.Manifest.Dataset;
            var run = Record(spectrum, r, request.BatchSeed, true, full, request.SpuriousTolerance);
            full ??= run;
            runs.Add(run);
            Publish(run, series, onMetric);
        }
        for (int s = 0; s < sizes.Length && full is not null; s++)
        {
            if (sizes[s] >= population) continue; // the full batch, already run
            for (int r = 0; r < request.Repeats && !cancellationToken.IsCancellationRequested; r++)
            {
                ulong seed = request.BatchSeed + (ulong)(1000 * s + r);
                string series = $"batch {sizes[s]} #{r + 1}";
                var spectrum = Probe(template, sizes[s], seed, series, data, staged.Unit(unit++, series), onStep, cancellationToken);
                if (spectrum.Lanczos.Status == LanczosStatus.Cancelled) break;
                var run = Record(spectrum, r, seed, false, full, request.SpuriousTolerance);
                runs.Add(run);
                Publish(run, series, onMetric);
            }
        }
        return Partial(request, checkpoint, training, full, runs, population, dimension, clock, dataName) with
        {
            Completed = !cancellationToken.IsCancellationRequested && full is not null,
        };
    }

    private static NetworkSpectrumResult Probe(NetworkSpectrumRequest template, int? size, ulong seed, string series, DataOptions data,
        IProgress<ExperimentProgress>? progress, Action<string, LanczosStep>? onStep, CancellationToken cancellationToken) =>
        NetworkSpectrumExperiment.Run(template with { HessianBatch = size, BatchSeed = seed }, data, progress,
            onStep is null ? null : step => onStep(series, step), cancellationToken, store: null, WarmupProducts);

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
            WarmupProducts = spectrum.WarmupProducts,
            WarmupSeconds = spectrum.WarmupSeconds,
            L1 = comparable ? SpectrumDistance.L1(ritz, reference) : null,
            L2 = comparable ? SpectrumDistance.L2(ritz, reference) : null,
            SpuriousNegatives = SpuriousNegatives.Find(ritz, reference, tolerance),
        };
    }

    private static void Publish(BatchRun run, string series, Action<RunMetric>? onMetric)
    {
        if (onMetric is null) return;
        onMetric(new RunMetric("Lanczos seconds", run.BatchSize, run.LanczosSeconds, series));
        onMetric(new RunMetric("gradient norm", run.BatchSize, run.GradientNorm, series));
        if (run.L2 is { } l2) onMetric(new RunMetric("L2 to full batch", run.BatchSize, l2, series));
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
        RuntimeFitOnMedians = true,
        Completed = false,
        Seconds = clock.Elapsed.TotalSeconds,
    };
}
