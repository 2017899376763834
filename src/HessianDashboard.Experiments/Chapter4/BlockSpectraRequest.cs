using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// Block spectra of a NanoGPT checkpoint (beyond the thesis; Zhang et al. 2024): per <see cref="NanoGptBlocks"/> block
/// the SLQ density of its diagonal Hessian block over one recorded Hessian batch (n_v start vectors averaged), all on
/// one grid, and the Jensen–Shannon distances between blocks. The checkpoint is <see cref="Checkpoint"/>, or the one
/// at <see cref="Iteration"/> of the training run <see cref="Training"/> (trained once, reused from the artifact store).
/// </summary>
public sealed record BlockSpectraRequest : IExperimentRequest
{
    /// <summary>A NanoGPT safetensors file; null = train (or reuse) <see cref="Training"/>.</summary>
    public string? Checkpoint { get; init; }

    public NanoGptTrainingOptions Training { get; init; } = new();

    /// <summary>Which of the training run's checkpoints (null = the last).</summary>
    public int? Iteration { get; init; }

    /// <summary>Hessian batch blocks and seed (the same batch for every block).</summary>
    public int Blocks { get; init; } = 100;
    public ulong BatchSeed { get; init; }

    /// <summary>Lanczos steps per start vector, start vectors n_v per block (seeds StartSeed + r).</summary>
    public int Iterations { get; init; } = 50;
    public int StartVectors { get; init; } = 1;
    public int StartSeed { get; init; }

    /// <summary>ln_1/ln_2 with their sublayers (default) or together with ln_f (see <see cref="NanoGptBlocks"/>).</summary>
    public bool LayerNormWithSublayer { get; init; } = true;

    /// <summary>Kernel width σ (null = 1% of the span of all blocks' Ritz values) and grid points.</summary>
    public double? Sigma { get; init; }
    public int GridPoints { get; init; } = 400;

    public ModelPrecision Precision { get; init; } = ModelPrecision.Float32;
    public int? ChunkSize { get; init; }
    public string Device { get; init; } = "cpu";

    /// <summary>Smoke size with the thesis architecture: a 4-step training run, 4 blocks, 8 Lanczos steps.</summary>
    public static BlockSpectraRequest Quick() => new()
    {
        Training = NanoGptTrajectoryRequest.Quick().Training,
        Blocks = 4,
        Iterations = 8,
    };

    /// <inheritdoc />
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Checkpoint is not null && !File.Exists(Checkpoint)) errors.Add($"Checkpoint '{Checkpoint}' does not exist.");
        if (Checkpoint is null && Training is null) errors.Add("Give a checkpoint or the NanoGPT training options.");
        else if (Checkpoint is null)
        {
            try { Training.Validate(); }
            catch (ArgumentException e) { errors.Add(e.Message); }
            errors.AddRange(RequestBounds.NanoGpt(Training));
            if (Iteration is { } i && !Training.CheckpointIterations.Contains(i))
                errors.Add($"Iteration {i} is not one of the training run's checkpoints ({string.Join(", ", Training.CheckpointIterations)}).");
        }
        if (Blocks < 1) errors.Add($"The Hessian batch needs at least one block (got {Blocks}).");
        if (StartVectors is < 1 or > 100) errors.Add($"Start vectors must lie in [1, 100] (got {StartVectors}).");
        if (ChunkSize is < 1) errors.Add($"The chunk size must be positive (got {ChunkSize}).");
        errors.AddRange(RequestBounds.AtMost("The Hessian batch", Blocks, RequestBounds.MaxTextBlocks));
        errors.AddRange(RequestBounds.AtMost("The chunk size", ChunkSize, RequestBounds.MaxTextBlocks));
        errors.AddRange(RequestBounds.AtMost("Iterations m", Iterations, RequestBounds.MaxNetworkIterations));
        errors.AddRange(RequestBounds.Known("precision", Precision));
        errors.AddRange(TrajectoryValidation.Common(Iterations, Sigma, GridPoints, 1, 1e-4));
        return errors;
    }

    /// <summary>The spectrum request of one start vector on one block.</summary>
    internal NetworkSpectrumRequest Spectrum(string checkpoint, ParameterBlock block, int run) => new()
    {
        Model = ModelKind.NanoGpt,
        Checkpoint = checkpoint,
        Dataset = NetworkData.TextId,
        HessianBatch = Blocks,
        BatchSeed = BatchSeed,
        Iterations = Iterations,
        StartSeed = StartSeed + run,
        Precision = Precision,
        ChunkSize = ChunkSize,
        Device = Device,
        ParameterPatterns = block.Patterns,
    };
}
