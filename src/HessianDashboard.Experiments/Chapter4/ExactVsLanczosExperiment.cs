using System.Diagnostics;
using HessianDashboard.Core.Metrics;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// Runs <see cref="ExactVsLanczosRequest"/>: per data set one training run through the artifact store (checkpoints at
/// epochs 0 and E), then per checkpoint a full-batch <see cref="NetworkSpectrumExperiment"/> run with the exact
/// Hessian (reused from the store by fingerprint) and the Fig 4.1/4.2 views. Each step's Ritz values come from the
/// Lanczos step callback; the converged count of step k is <see cref="ConvergenceCount"/> of those against the exact
/// spectrum. Progress: three units per data set (training, initialisation, trained). Cancelling keeps what is done.
/// </summary>
public static class ExactVsLanczosExperiment
{
    /// <summary>Runs the request; <paramref name="onStep"/> sees each Lanczos step with its series ("mnist/trained"), <paramref name="onMetric"/> training losses and converged counts.</summary>
    public static ExactVsLanczosResult Run(ExactVsLanczosRequest request, DataOptions data, NetworkArtifactStore store,
        IProgress<ExperimentProgress>? progress = null, Action<string, LanczosStep>? onStep = null, Action<RunMetric>? onMetric = null,
        CancellationToken cancellationToken = default)
    {
        request.EnsureValid();
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(store);
        var clock = Stopwatch.StartNew();
        var staged = new StagedProgress(progress, 3 * request.Datasets.Length);
        var done = new List<DatasetSpectra>();
        var skipped = new List<SkippedDataset>();
        for (int d = 0; d < request.Datasets.Length && !cancellationToken.IsCancellationRequested; d++)
        {
            string id = NetworkData.Describe(request.Datasets[d]).Id;
            try
            {
                var entry = RunDataset(request, id, data, store, staged, 3 * d, onStep, onMetric, cancellationToken);
                if (entry is not null) done.Add(entry);
            }
            catch (Exception e) when (request.SkipMissingData && e is DataNotFoundException or DataDownloadException)
            {
                skipped.Add(new SkippedDataset(id, e.Message));
            }
        }
        bool completed = !cancellationToken.IsCancellationRequested && done.All(x => x.Row is not null);
        return new ExactVsLanczosResult { Request = request, Datasets = done, Skipped = skipped, Completed = completed, Seconds = clock.Elapsed.TotalSeconds };
    }

    private static DatasetSpectra? RunDataset(ExactVsLanczosRequest request, string id, DataOptions data, NetworkArtifactStore store,
        StagedProgress staged, int unit, Action<string, LanczosStep>? onStep, Action<RunMetric>? onMetric, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var training = store.TrainMlp(Chapter4Training.Request(id, request.Samples, request.Epochs, request.TrainingSeed), data,
            staged.Training(unit, id, p => PublishTraining(id, p, onMetric)), cancellationToken);
        if (Chapter4Training.ReuseStage(store, training) is { } reused) staged.Unit(unit, id)?.Report(new ExperimentProgress(reused, 1, 1));
        if (!training.Value.Completed) return null;
        var (initialCheckpoint, trainedCheckpoint) = Chapter4Training.Checkpoints(training.Value);
        var entry = new DatasetSpectra
        {
            Dataset = id, TrainingKey = training.Key, TrainingReused = training.WasReused,
            DataName = training.Value.Dataset, DataNote = training.Value.DataNote, Epochs = training.Value.Epochs ?? [],
        };
        var initial = RunState(request, id, "initialisation", initialCheckpoint, data, store, staged.Unit(unit + 1, $"{id}/initialisation"), onStep, onMetric, cancellationToken);
        if (initial is null) return entry;
        var trained = RunState(request, id, "trained", trainedCheckpoint, data, store, staged.Unit(unit + 2, $"{id}/trained"), onStep, onMetric, cancellationToken);
        if (trained is null) return entry with { Initial = initial };
        var last = entry.Epochs.Count > 0 ? entry.Epochs[^1] : null;
        var row = new Table42Row
        {
            Dataset = id,
            Epochs = trainedCheckpoint.Step,
            TrainLoss = last?.TrainLoss ?? double.NaN,
            TrainAccuracy = last?.TrainAccuracy ?? double.NaN,
            TestLoss = last?.TestLoss,
            TestAccuracy = last?.TestAccuracy,
            Iterations = trained.Spectrum.Lanczos.Iterations,
            ConvergedInitial = initial.Converged,
            ConvergedTrained = trained.Converged,
            LambdaMaxInitial = initial.Spectrum.ExactEigenvalues![^1],
            LambdaMinInitial = initial.Spectrum.ExactEigenvalues[0],
            LambdaMaxTrained = trained.Spectrum.ExactEigenvalues![^1],
            LambdaMinTrained = trained.Spectrum.ExactEigenvalues[0],
            OutliersInitial = initial.Outliers.Count,
            OutliersTrained = trained.Outliers.Count,
            TrainingSeconds = training.WasReused ? null : training.Value.Seconds,
            ExactSeconds = ExactSeconds(initial.Spectrum) + ExactSeconds(trained.Spectrum),
            LanczosSeconds = initial.Spectrum.LanczosSeconds + trained.Spectrum.LanczosSeconds,
            Seconds = clock.Elapsed.TotalSeconds,
        };
        return entry with { Initial = initial, Trained = trained, Row = row };
    }

    private static StateSpectra? RunState(ExactVsLanczosRequest request, string id, string stage, TrainingCheckpoint checkpoint, DataOptions data,
        NetworkArtifactStore store, IProgress<ExperimentProgress>? progress, Action<string, LanczosStep>? onStep, Action<RunMetric>? onMetric,
        CancellationToken cancellationToken)
    {
        string series = $"{id}/{stage}";
        var spectrumRequest = new NetworkSpectrumRequest
        {
            Checkpoint = checkpoint.Path, Dataset = id, Samples = request.Samples, Iterations = request.Iterations,
            Variant = Reorthogonalization.Full, StartSeed = request.StartSeed, Exact = true, Epsilon = request.Epsilon,
            ParameterPatterns = request.ParameterPatterns,
        };
        var ritz = new List<double[]>();
        NetworkSpectrumResult spectrum;
        try
        {
            spectrum = NetworkSpectrumExperiment.Run(spectrumRequest, data, progress, step =>
            {
                ritz.Add([.. step.RitzValues.Order()]);
                onStep?.Invoke(series, step);
            }, cancellationToken, store);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled inside the exact Hessian: this state is not done (its rows stay on disk for a rerun to resume);
            // the states and data sets finished before it are kept.
            return null;
        }
        if (spectrum.ExactEigenvalues is not { } exact || spectrum.Lanczos.Status == LanczosStatus.Cancelled) return null;
        int[] converged = [.. ritz.Select(r => ConvergenceCount.Count(r, exact, request.Epsilon).Converged)];
        for (int k = 0; k < converged.Length; k++) onMetric?.Invoke(new RunMetric($"converged {series}", k + 1, converged[k]));
        int half = Math.Min(exact.Length, spectrumRequest.Iterations) / 2;
        int classes = OutputClasses.Of(spectrum.Manifest);
        return new StateSpectra
        {
            Stage = stage,
            Epoch = checkpoint.Step,
            Spectrum = spectrum with { Lanczos = spectrum.Lanczos with { Truth = null } },
            Histogram = SpectrumHistogram.Of(exact, request.HistogramBins),
            Outliers = Outliers.Find(exact, classes),
            LanczosOutliers = Outliers.Find(spectrum.Lanczos, classes),
            Negative = NegativeMass.Of(exact),
            ExactSmallest = exact[..(Math.Min(exact.Length, spectrumRequest.Iterations) - half)],
            ExactLargest = exact[^half..],
            RitzPerStep = [.. ritz],
            ConvergedPerStep = converged,
        };
    }

    private static double? ExactSeconds(NetworkSpectrumResult spectrum) =>
        spectrum.ExactReused ? null : (spectrum.ExactSeconds ?? 0) + (spectrum.EigenSeconds ?? 0);

    private static void PublishTraining(string id, TrainingProgress p, Action<RunMetric>? onMetric)
    {
        if (onMetric is null || p.Event != TrainingEvent.Evaluation) return;
        if (p.TrainLoss is { } train) onMetric(new RunMetric($"{id} train loss", p.Epoch, train));
        if (p.TestLoss is { } test) onMetric(new RunMetric($"{id} test loss", p.Epoch, test));
    }
}
