using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// NanoGPT spectra along training (thesis Fig 4.5, 4.6): one training run (reused from the artifact store when it
/// exists) writing checkpoints at <see cref="NanoGptTrainingOptions.CheckpointIterations"/> (0/250/500/1000/1500/2000),
/// then per checkpoint m = 100 Lanczos steps over the same recorded Hessian batch of 400 blocks × 64 tokens.
/// Products default to float32 (Lanczos vectors, α/β and every eigenvalue stay float64): see docs/experiments.md.
/// </summary>
public sealed record NanoGptTrajectoryRequest : IExperimentRequest
{
    /// <summary>The training run (thesis settings); its checkpoint iterations are the trajectory's.</summary>
    public NanoGptTrainingOptions Training { get; init; } = new();

    /// <summary>Blocks in the Hessian batch (thesis: 400 of block-size tokens) and the seed of their offsets.</summary>
    public int Blocks { get; init; } = NetworkSpectrumExperiment.DefaultTextBlocks;
    public ulong BatchSeed { get; init; }

    /// <summary>Lanczos steps per checkpoint (thesis: 100) and the start-vector seed.</summary>
    public int Iterations { get; init; } = 100;
    public int StartSeed { get; init; }

    /// <summary>Precision of the Hessian-vector products (float32: ~2× faster than float64, see docs/experiments.md).</summary>
    public ModelPrecision Precision { get; init; } = ModelPrecision.Float32;

    /// <summary>Blocks per chunk of the Hessian batch (null = one graph over all blocks; chunks trade time for memory).</summary>
    public int? ChunkSize { get; init; }

    /// <summary>Ridgeline kernel width σ (null = 1% of the span), grid points, heatmap bins.</summary>
    public double? Sigma { get; init; }
    public int GridPoints { get; init; } = 400;
    public int Bins { get; init; } = 60;

    /// <summary>Relative residual tolerance for marking Ritz values converged (also which Ritz values <see cref="Outliers"/> treats as resolved).</summary>
    public double ResidualTolerance { get; init; } = 1e-4;

    public string Device { get; init; } = "cpu";

    /// <summary>Smoke size with the thesis architecture: 4 training steps, checkpoints 0/2/4, 8 blocks, 10 Lanczos steps.</summary>
    public static NanoGptTrajectoryRequest Quick()
    {
        var defaults = new NanoGptTrainingOptions();
        return new NanoGptTrajectoryRequest
        {
            Training = defaults with
            {
                Iterations = 4, EvalInterval = 2, EvalIterations = 2, CheckpointIterations = [0, 2, 4],
                Schedule = defaults.Schedule with { WarmupIterations = 1, DecayIterations = 4 },
            },
            Blocks = 8,
            Iterations = 10,
        };
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Validate()
    {
        if (Training is null) return ["The NanoGPT training options are required."];
        var errors = new List<string>();
        try { Training.Validate(); }
        catch (ArgumentException e) { errors.Add(e.Message); }
        errors.AddRange(RequestBounds.NanoGpt(Training));
        errors.AddRange(RequestBounds.AtMost("The Hessian batch", Blocks, RequestBounds.MaxTextBlocks));
        errors.AddRange(RequestBounds.AtMost("The chunk size", ChunkSize, RequestBounds.MaxTextBlocks));
        errors.AddRange(RequestBounds.AtMost("Iterations m", Iterations, RequestBounds.MaxNetworkIterations));
        if (Training.CheckpointIterations.Count == 0) errors.Add("Name at least one checkpoint iteration.");
        if (Training.CheckpointIterations.Any(i => i < 0 || i > Training.Iterations))
            errors.Add($"Checkpoint iterations must lie in [0, {Training.Iterations}].");
        if (Blocks < 1) errors.Add($"The Hessian batch needs at least one block (got {Blocks}).");
        if (ChunkSize is < 1) errors.Add($"The chunk size must be positive (got {ChunkSize}).");
        if (!Enum.IsDefined(Precision)) errors.Add($"Unknown precision {Precision}.");
        errors.AddRange(TrajectoryValidation.Common(Iterations, Sigma, GridPoints, Bins, ResidualTolerance));
        return errors;
    }
}
