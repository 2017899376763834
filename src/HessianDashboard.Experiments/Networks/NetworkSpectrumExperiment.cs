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
using CoreLanczos = HessianDashboard.Core.Spectrum.Lanczos;

namespace HessianDashboard.Experiments.Networks;

/// <summary>
/// Runs a <see cref="NetworkSpectrumRequest"/>: loads the data and the model, selects and records the Hessian batch,
/// builds the gradient graph once, runs Lanczos on Hessian-vector products and, when asked, the exact Hessian.
/// Progress stages: "data", "graph", "lanczos" (k of m), "exact Hessian" (rows), "eigenvalues".
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
    /// <param name="store">When given, exact spectra are reused from it by the Hessian's fingerprint (and their rows resume there).</param>
    public static NetworkSpectrumResult Run(NetworkSpectrumRequest request, DataOptions data, IProgress<ExperimentProgress>? progress = null,
        Action<LanczosStep>? onStep = null, CancellationToken cancellationToken = default, NetworkArtifactStore? store = null)
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
        NetworkHessian? hessian = null;
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
                progress?.Report(new ExperimentProgress("graph", 0, 1));
                hessian = NetworkHessian.ForText(model, blocks.Materialize(corpus), options);
            }
            else
            {
                if (!NetworkData.ImageIds.Contains(NetworkData.Describe(datasetId).Id))
                    throw new RequestValidationException([$"The MLP needs an image data set ({string.Join(", ", NetworkData.ImageIds)}), not {datasetId}."]);
                var (images, _, source) = NetworkData.LoadImages(datasetId, data, request.Samples, withTest: false, cancellationToken);
                model = NetworkModels.Open(request, checkpoint, kind, null, out var origin);
                var batch = ImageBatchSelection.Create(images.Count, request.HessianBatch, request.BatchSeed);
                manifest = new NetworkManifestBuilder(request, origin, images.Name, source, clock.Elapsed.TotalSeconds) { Images = batch };
                progress?.Report(new ExperimentProgress("graph", 0, 1));
                hessian = NetworkHessian.ForImages(model, images, batch, options);
            }
            return Probe(request, hessian, manifest, clock, progress, onStep, store, cancellationToken);
        }
        finally
        {
            hessian?.Dispose();
            model?.Dispose();
        }
    }

    private static NetworkSpectrumResult Probe(NetworkSpectrumRequest request, NetworkHessian hessian, NetworkManifestBuilder manifest, Stopwatch clock,
        IProgress<ExperimentProgress>? progress, Action<LanczosStep>? onStep, NetworkArtifactStore? store, CancellationToken cancellationToken)
    {
        double setupSeconds = clock.Elapsed.TotalSeconds - manifest.DataSeconds;
        int m = Math.Min(request.Iterations, hessian.Dimension);
        double[] gradient = hessian.Gradient();
        double gradientNorm = Math.Sqrt(gradient.Sum(g => g * g));
        double? fdError = request.CheckFiniteDifference ? hessian.FiniteDifferenceCheck(request.StartSeed + 1) : null;
        var lanczos = CoreLanczos.Run(hessian, new LanczosOptions
        {
            Iterations = m,
            Reorthogonalization = request.Variant,
            Seed = request.StartSeed,
            RitzValuesEachStep = true,
            TrackOrthogonality = true,
        }, step =>
        {
            progress?.Report(new ExperimentProgress("lanczos", step.K, m));
            onStep?.Invoke(step);
        }, cancellationToken);

        double[]? exact = null;
        DenseHessian? dense = null;
        double? exactSeconds = null, eigenSeconds = null;
        bool exactReused = false;
        if (request.Exact && lanczos.Status != LanczosStatus.Cancelled)
        {
            if (hessian.Dimension > NetworkSpectrumRequest.MaxExactDimension)
                throw new RequestValidationException([$"The exact Hessian of {hessian.Dimension:N0} parameters needs {8.0 * hessian.Dimension * hessian.Dimension / 1e9:F1} GB; the limit is {NetworkSpectrumRequest.MaxExactDimension:N0} parameters."]);
            string fingerprint = hessian.Fingerprint();
            exact = store?.FindExactEigenvalues(fingerprint);
            exactReused = exact is not null;
            if (exact is null)
            {
                var exactClock = Stopwatch.StartNew();
                string? rows = request.ExactRowFile ?? store?.ExactRowFile(fingerprint);
                dense = hessian.Exact(rows, p => progress?.Report(new ExperimentProgress("exact Hessian", p.RowsDone, p.TotalRows)), cancellationToken);
                exactSeconds = exactClock.Elapsed.TotalSeconds;
                progress?.Report(new ExperimentProgress("eigenvalues", 0, 1));
                exactClock.Restart();
                exact = dense.Eigenvalues();
                eigenSeconds = exactClock.Elapsed.TotalSeconds;
                store?.SaveExactEigenvalues(fingerprint, exact);
            }
        }

        var scored = LanczosRunExperiment.Score(request.Variant, request.Epsilon, new ResolvedMatrix(hessian, exact, manifest.Describe(hessian)), lanczos);
        return new NetworkSpectrumResult
        {
            Manifest = manifest.Build(hessian),
            Dimension = hessian.Dimension,
            Loss = hessian.Loss,
            GradientNorm = gradientNorm,
            FiniteDifferenceError = fdError,
            Lanczos = scored,
            ExactEigenvalues = exact,
            ExactAsymmetry = dense?.Asymmetry,
            ExactRowsResumed = dense?.RowsResumed,
            ExactReused = exactReused,
            DataSeconds = manifest.DataSeconds,
            SetupSeconds = setupSeconds,
            LanczosSeconds = lanczos.Elapsed.TotalSeconds,
            ExactSeconds = exactSeconds,
            EigenSeconds = eigenSeconds,
        };
    }
}
