using System.Diagnostics;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Checkpoints;
using HessianDashboard.Torch.Data.Location;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// Runs a <see cref="BlockSpectraRequest"/>: resolves the checkpoint (trained once through the store when none is
/// given), then per block and start vector a Lanczos run on the block Hessian (each run builds its own gradient
/// graph over the same recorded batch), smooths every block on one grid and computes the JS distance matrix.
/// </summary>
public static class BlockSpectraExperiment
{
    private const double TrainingShare = 0.2;

    /// <summary>Runs <paramref name="request"/>; cancellation keeps the blocks done (the result then says not completed).</summary>
    public static BlockSpectraResult Run(BlockSpectraRequest request, DataOptions data, NetworkArtifactStore store, Chapter4Observer? observer = null,
        CancellationToken cancellationToken = default)
    {
        request.EnsureValid();
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(store);
        var clock = Stopwatch.StartNew();
        string checkpoint;
        Reused<TrainingRunResult>? training = null;
        if (request.Checkpoint is { } file) checkpoint = file;
        else
        {
            observer?.Report("training", 0);
            training = store.TrainNanoGpt(new TrainNanoGptRequest { Options = request.Training }, data,
                TrajectoryExperiment.TrainingObserver(observer, TrainingShare), cancellationToken);
            int iteration = request.Iteration ?? request.Training.CheckpointIterations.Max();
            checkpoint = training.Value.Checkpoints.FirstOrDefault(c => c.Step == iteration)?.Path
                ?? throw new OperationCanceledException($"Training stopped before the checkpoint at iteration {iteration}.");
        }
        var info = CheckpointInfo.Inspect(checkpoint);
        if (info.Kind != Torch.Models.ModelKind.NanoGpt) throw new RequestValidationException([$"Block spectra need a NanoGPT checkpoint; {checkpoint} holds an MLP."]);
        int layers = CheckpointLoader.InferNanoGptConfig(SafetensorsReader.Read(checkpoint)).Layers;
        var blocks = NanoGptBlocks.For(layers, request.LayerNormWithSublayer);
        double start = training is { WasReused: false } ? TrainingShare : 0;
        int units = blocks.Count * request.StartVectors, m = request.Iterations;

        var runs = new List<(ParameterBlock Block, List<NetworkSpectrumResult> Results)>();
        bool completed = true;
        for (int b = 0; b < blocks.Count && completed; b++)
        {
            var results = new List<NetworkSpectrumResult>();
            for (int r = 0; r < request.StartVectors; r++)
            {
                if (cancellationToken.IsCancellationRequested) { completed = false; break; }
                int unit = b * request.StartVectors + r;
                double Fraction(int k) => start + (1 - start) * (unit + (double)k / m) / units;
                observer?.Report($"block {blocks[b].Name}", Fraction(0));
                var result = NetworkSpectrumExperiment.Run(request.Spectrum(checkpoint, blocks[b], r), data, progress: null, onStep: s =>
                {
                    observer?.Step?.Invoke(s, blocks[b].Name, Fraction(s.K));
                    observer?.Report($"block {blocks[b].Name}", Fraction(s.K));
                }, cancellationToken, store);
                if (result.Lanczos.Status == LanczosStatus.Cancelled || result.Lanczos.Ritz.Length == 0) { completed = false; break; }
                results.Add(result);
            }
            if (results.Count > 0)
            {
                runs.Add((blocks[b], results));
                observer?.Metric?.Invoke(new RunMetric("block lambda max", b, results.Max(x => x.Lanczos.Ritz[^1])), start + (1 - start) * (b + 1.0) / blocks.Count);
            }
        }
        return Assemble(request, checkpoint, info.Sha256, training, runs, completed, clock);
    }

    private static BlockSpectraResult Assemble(BlockSpectraRequest request, string checkpoint, string sha, Reused<TrainingRunResult>? training,
        List<(ParameterBlock Block, List<NetworkSpectrumResult> Results)> runs, bool completed, Stopwatch clock)
    {
        var lanczos = runs.SelectMany(x => x.Results.Select(r => r.Lanczos)).ToArray();
        double sigma = request.Sigma ?? (lanczos.Length == 0 ? double.NaN : RitzDensity.DefaultSigma(lanczos));
        double[] grid = [];
        var spectra = new List<BlockSpectrum>();
        if (lanczos.Length > 0)
        {
            var (lower, upper) = RitzDensity.CommonRange(lanczos, sigma);
            foreach (var (block, results) in runs)
            {
                var curve = RitzDensity.Smooth([.. results.Select(r => r.Lanczos)], sigma, lower, upper, request.GridPoints);
                grid = curve.Grid;
                spectra.Add(new BlockSpectrum
                {
                    Name = block.Name,
                    Patterns = block.Patterns,
                    Parameters = results[0].Manifest.Parameters,
                    Dimension = results[0].Dimension,
                    Runs = results,
                    RunWeightTotals = [.. results.Select(r => r.Lanczos.Weights.Sum())],
                    Density = curve.Density,
                    Integral = curve.Integral(),
                    LambdaMax = results.Max(r => r.Lanczos.Ritz[^1]),
                    LambdaMin = results.Min(r => r.Lanczos.Ritz[0]),
                });
            }
        }
        return new BlockSpectraResult
        {
            Checkpoint = Path.GetFullPath(checkpoint),
            CheckpointSha256 = sha,
            TrainingKey = training?.Key,
            TrainingReused = training?.WasReused,
            Precision = request.Precision.ToString().ToLowerInvariant(),
            Grid = grid,
            Sigma = sigma,
            Blocks = spectra,
            JensenShannonDistance = JensenShannon.Matrix([.. spectra.Select(s => (IReadOnlyList<double>)s.Density)]),
            Completed = completed,
            Seconds = clock.Elapsed.TotalSeconds,
        };
    }
}
