using System.Diagnostics;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Experiments.Sources;
using HessianDashboard.Torch.Data;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Data.Text;
using HessianDashboard.Torch.Hessian;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Probing;

namespace HessianDashboard.Experiments.Networks;

/// <summary>
/// Runs a <see cref="NetworkSpectrumRequest"/>: loads the data and the model, selects and records the Hessian batch,
/// builds the gradient graph once, runs Lanczos on Hessian-vector products and, when asked, the exact Hessian.
/// With an artifact store, a Lanczos run and an exact spectrum of the same Hessian (fingerprint) and settings are
/// reused instead of recomputed; the graph is then built only if something still needs products.
/// Progress stages: "data", "graph", "lanczos" (k of m), "exact Hessian" (rows), "eigenvalues" — or, for an exact
/// spectrum taken from the store, <see cref="ReuseNotice.ExactStage"/> instead of the last two.
/// </summary>
public static class NetworkSpectrumExperiment
{
    /// <summary>NanoGPT Hessian batch when none is given: 400 blocks (25,600 tokens; thesis §4.3).</summary>
    public const int DefaultTextBlocks = 400;

    /// <summary>Runs <paramref name="request"/> on data found through <paramref name="data"/>; <paramref name="onStep"/> sees every Lanczos step.</summary>
    /// <param name="request">What to probe.</param>
    /// <param name="data">Where the data sets are.</param>
    /// <param name="progress">Stage reports.</param>
    /// <param name="onStep">Every Lanczos step (for live ladders).</param>
    /// <param name="cancellationToken">Stops Lanczos after its current step (keeping the steps done) or the exact Hessian after its current rows.</param>
    /// <param name="store">
    /// When given, finished Lanczos runs (fingerprint + Lanczos options) and exact spectra (fingerprint) are reused from it
    /// — a reused run's steps are replayed to <paramref name="onStep"/> — and exact-Hessian rows resume there.
    /// </param>
    /// <param name="warmupProducts">
    /// Untimed Hessian-vector products on the built operator before a computed (not reused) Lanczos run, so its
    /// <see cref="NetworkSpectrumResult.LanczosSeconds"/> excludes one-off costs (see <see cref="OperatorWarmup"/>); 0: none.
    /// </param>
    public static NetworkSpectrumResult Run(NetworkSpectrumRequest request, DataOptions data, IProgress<ExperimentProgress>? progress = null,
        Action<LanczosStep>? onStep = null, CancellationToken cancellationToken = default, NetworkArtifactStore? store = null, int warmupProducts = 0)
    {
        request.EnsureValid();
        ArgumentNullException.ThrowIfNull(data);
        var clock = Stopwatch.StartNew();
        progress?.Report(new ExperimentProgress("data", 0, 1));
        var (kind, checkpoint) = NetworkModels.Inspect(request);
        string datasetId = request.Dataset ?? (kind == ModelKind.NanoGpt ? NetworkData.TextId : "mnist");
        var options = new HessianOptions
        {
            Precision = request.Precision == ModelPrecision.Float32 ? HessianPrecision.Float32 : HessianPrecision.Float64,
            ChunkSize = request.ChunkSize ?? 0,
            ParameterPatterns = request.ParameterPatterns,
        };
        ILossModel? model = null;
        LazyNetworkHessian? hessian = null;
        try
        {
            NetworkManifestBuilder manifest;
            if (kind == ModelKind.NanoGpt)
            {
                if (NetworkData.Describe(datasetId).Kind != DatasetKind.TinyShakespeare)
                    throw new RequestValidationException([$"NanoGPT is trained on tinyshakespeare, not {datasetId}."]);
                var (corpus, source) = NetworkData.LoadCorpus(data, cancellationToken);
                model = NetworkModels.Open(request, checkpoint, kind, corpus.VocabularySize, out var origin);
                var gpt = (NanoGpt)model;
                if (gpt.Config.VocabularySize != corpus.VocabularySize)
                    throw new RequestValidationException([$"The checkpoint's vocabulary has {gpt.Config.VocabularySize} tokens but {corpus.Name} has {corpus.VocabularySize}."]);
                var blocks = CharBlockSelection.Create(corpus, CorpusSplit.Train, request.BatchSeed, request.HessianBatch ?? DefaultTextBlocks, gpt.Config.BlockSize);
                manifest = new NetworkManifestBuilder(request, origin, corpus.Name, source, clock.Elapsed.TotalSeconds) { Blocks = blocks };
                var batch = blocks.Materialize(corpus);
                hessian = new LazyNetworkHessian(() => NetworkHessian.ForText(gpt, batch, options), () => NetworkHessian.IdentifyText(gpt, batch, options), progress);
            }
            else
            {
                if (!NetworkData.ImageIds.Contains(NetworkData.Describe(datasetId).Id))
                    throw new RequestValidationException([$"The MLP needs an image data set ({string.Join(", ", NetworkData.ImageIds)}), not {datasetId}."]);
                var (images, _, source) = NetworkData.LoadImages(datasetId, data, request.Samples, withTest: false, cancellationToken);
                var mlp = model = NetworkModels.Open(request, checkpoint, kind, null, out var origin);
                var batch = ImageBatchSelection.Create(images.Count, request.HessianBatch, request.BatchSeed);
                manifest = new NetworkManifestBuilder(request, origin, images.Name, source, clock.Elapsed.TotalSeconds) { Images = batch };
                hessian = new LazyNetworkHessian(() => NetworkHessian.ForImages(mlp, images, batch, options), () => NetworkHessian.IdentifyImages(mlp, images, batch, options), progress);
            }
            return Probe(request, hessian, manifest, clock, progress, onStep, store, warmupProducts, cancellationToken);
        }
        finally
        {
            hessian?.Dispose();
            model?.Dispose();
        }
    }

    private static NetworkSpectrumResult Probe(NetworkSpectrumRequest request, LazyNetworkHessian hessian, NetworkManifestBuilder manifest, Stopwatch clock,
        IProgress<ExperimentProgress>? progress, Action<LanczosStep>? onStep, NetworkArtifactStore? store, int warmupProducts, CancellationToken cancellationToken)
    {
        // Without a store nothing can be reused: build the graph first, as every product needs it (its fingerprint is then free).
        if (store is null) _ = hessian.Value;
        var identity = hessian.Identity;
        var options = new LanczosOptions
        {
            Iterations = Math.Min(request.Iterations, identity.Dimension),
            Reorthogonalization = request.Variant,
            Seed = request.StartSeed,
            RitzValuesEachStep = true,
            TrackOrthogonality = true,
        };
        var stored = store?.FindLanczos(identity.Fingerprint, options);
        bool lanczosReused = stored is not null;
        if (!lanczosReused) _ = hessian.Value; // the products need the graph: build it now, so the setup time includes it
        double? fdError = request.CheckFiniteDifference ? hessian.Value.FiniteDifferenceCheck(request.StartSeed + 1) : null;
        double setupSeconds = clock.Elapsed.TotalSeconds - manifest.DataSeconds;
        int warmed = stored is null && !cancellationToken.IsCancellationRequested ? Math.Max(0, warmupProducts) : 0;
        double? warmupSeconds = warmed > 0 ? OperatorWarmup.Run(hessian.Value, warmed, request.StartSeed + 2) : null;
        var run = stored is not null
            ? RecordedLanczos.Replay(stored, progress, onStep)
            : RecordedLanczos.Record(hessian.Value, identity.Fingerprint, options, store, progress, onStep, cancellationToken);
        var lanczos = run.Result;

        double[]? exact = null;
        DenseHessian? dense = null;
        double? exactSeconds = null, eigenSeconds = null;
        bool exactReused = false;
        if (request.Exact && lanczos.Status != LanczosStatus.Cancelled)
        {
            if (identity.Dimension > NetworkSpectrumRequest.MaxExactDimension)
                throw new RequestValidationException([$"The exact Hessian of {identity.Dimension:N0} parameters needs {8.0 * identity.Dimension * identity.Dimension / 1e9:F1} GB; the limit is {NetworkSpectrumRequest.MaxExactDimension:N0} parameters."]);
            string fingerprint = identity.Fingerprint;
            exact = store?.FindExactEigenvalues(fingerprint);
            exactReused = exact is not null;
            if (exactReused) progress?.Report(new ExperimentProgress(ReuseNotice.ExactStage(fingerprint), 1, 1));
            if (exact is null)
            {
                var operatorH = hessian.Value;
                var exactClock = Stopwatch.StartNew();
                string? rows = request.ExactRowFile ?? store?.ExactRowFile(fingerprint);
                dense = operatorH.Exact(rows, p => progress?.Report(new ExperimentProgress("exact Hessian", p.RowsDone, p.TotalRows)), cancellationToken);
                exactSeconds = exactClock.Elapsed.TotalSeconds;
                progress?.Report(new ExperimentProgress("eigenvalues", 0, 1));
                exactClock.Restart();
                exact = dense.Eigenvalues();
                eigenSeconds = exactClock.Elapsed.TotalSeconds;
                store?.SaveExactEigenvalues(fingerprint, exact);
            }
        }

        var scored = LanczosRunExperiment.Score(request.Variant, request.Epsilon, identity.Dimension, exact, manifest.Describe(identity), lanczos);
        return new NetworkSpectrumResult
        {
            Manifest = manifest.Build(identity),
            Dimension = identity.Dimension,
            Loss = run.Loss,
            GradientNorm = run.GradientNorm,
            FiniteDifferenceError = fdError,
            Lanczos = scored,
            ExactEigenvalues = exact,
            ExactAsymmetry = dense?.Asymmetry,
            ExactRowsResumed = dense?.RowsResumed,
            ExactReused = exactReused,
            LanczosReused = lanczosReused,
            DataSeconds = manifest.DataSeconds,
            SetupSeconds = setupSeconds,
            LanczosSeconds = lanczos.Elapsed.TotalSeconds,
            WarmupProducts = warmed,
            WarmupSeconds = warmupSeconds,
            ExactSeconds = exactSeconds,
            EigenSeconds = eigenSeconds,
        };
    }
}
