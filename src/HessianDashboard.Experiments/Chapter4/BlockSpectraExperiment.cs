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
        var sweep = CheckpointSweep.Start(request, data, store, observer);
        string checkpoint = request.Checkpoint ?? TrainedCheckpoint(request, sweep, cancellationToken);
        var info = CheckpointInfo.Inspect(checkpoint);
        if (info.Kind != Torch.Models.ModelKind.NanoGpt) throw new RequestValidationException([$"Block spectra need a NanoGPT checkpoint; {checkpoint} holds an MLP."]);
        int layers = CheckpointLoader.InferNanoGptConfig(SafetensorsReader.Read(checkpoint)).Layers;
        var blocks = NanoGptBlocks.For(layers, request.LayerNormWithSublayer);
        int units = blocks.Count * request.StartVectors;

        var runs = new List<(ParameterBlock Block, List<NetworkSpectrumResult> Results)>();
        bool completed = true;
        for (int b = 0; b < blocks.Count && completed; b++)
        {
            var results = new List<NetworkSpectrumResult>();
            for (int r = 0; r < request.StartVectors; r++)
            {
                if (cancellationToken.IsCancellationRequested) { completed = false; break; }
                var result = sweep.Spectrum(request.Spectrum(checkpoint, blocks[b], r), b * request.StartVectors + r, units,
                    $"block {blocks[b].Name}", blocks[b].Name, cancellationToken);
                if (result.Lanczos.Status == LanczosStatus.Cancelled || result.Lanczos.Ritz.Length == 0) { completed = false; break; }
                results.Add(result);
            }
            if (results.Count > 0)
            {
                runs.Add((blocks[b], results));
                observer?.Metric?.Invoke(new RunMetric("block lambda max", b, results.Max(x => x.Lanczos.Ritz[^1])), sweep.Fraction(b + 1, blocks.Count));
            }
        }
        return Assemble(request, checkpoint, info.Sha256, sweep.Training, runs, completed, sweep.Clock);
    }

    /// <summary>The checkpoint at <see cref="BlockSpectraRequest.Iteration"/> (default: the last) of the training run, trained once through the store.</summary>
    private static string TrainedCheckpoint(BlockSpectraRequest request, CheckpointSweep sweep, CancellationToken cancellationToken)
    {
        sweep.TrainNanoGpt(request.Training, TrainingShare, cancellationToken);
        int iteration = request.Iteration ?? request.Training.CheckpointIterations.Max();
        return sweep.Checkpoint(iteration)?.Path
            ?? throw new OperationCanceledException($"Training stopped before the checkpoint at iteration {iteration}.");
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
