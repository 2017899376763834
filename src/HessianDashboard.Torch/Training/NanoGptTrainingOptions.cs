using HessianDashboard.Torch.Models;

namespace HessianDashboard.Torch.Training;

/// <summary>
/// AdamW training of the character nanoGPT. Thesis (§4.3): batch 12 × block 64, 2000 iterations,
/// checkpoints at 0/250/500/1000/1500/2000. Everything else is nanoGPT's <c>config/train_shakespeare_char.py</c>:
/// lr 1e-3 with 100 warm-up steps and cosine decay to 1e-4 at lr_decay_iters = max_iters, betas
/// (0.9, 0.99), weight decay 0.1 on 2-D parameters only, gradient clipping at norm 1.0, dropout 0.2
/// while training, train/val loss estimated every 250 steps on 200 batches each.
/// </summary>
public sealed record NanoGptTrainingOptions
{
    /// <summary>Architecture; its vocabulary size is replaced by the corpus'. Dropout here is the training dropout (0.2).</summary>
    public NanoGptConfig Model { get; init; } = NanoGptConfig.Thesis with { Dropout = 0.2 };

    /// <summary>Optimizer steps (max_iters 2000).</summary>
    public int Iterations { get; init; } = 2000;

    /// <summary>Blocks per step (12).</summary>
    public int BatchSize { get; init; } = 12;

    /// <summary>Learning-rate schedule; its decay end should equal <see cref="Iterations"/> as in nanoGPT.</summary>
    public LearningRateSchedule Schedule { get; init; } = new();

    /// <summary>Adam β₁ (0.9).</summary>
    public double Beta1 { get; init; } = 0.9;

    /// <summary>Adam β₂ (0.99, nanoGPT's choice for small character models).</summary>
    public double Beta2 { get; init; } = 0.99;

    /// <summary>Decoupled weight decay on parameters with ≥ 2 dimensions (0.1); LayerNorm weights get none.</summary>
    public double WeightDecay { get; init; } = 0.1;

    /// <summary>Global gradient-norm clip (1.0; 0 = off).</summary>
    public double GradClip { get; init; } = 1.0;

    /// <summary>Estimate train/val loss every this many steps (250) and at the end.</summary>
    public int EvalInterval { get; init; } = 250;

    /// <summary>Batches per loss estimate (200).</summary>
    public int EvalIterations { get; init; } = 200;

    /// <summary>Iterations at which checkpoints are written (0 = initialisation); each must lie in [0, Iterations] when <see cref="OutputDirectory"/> is set.</summary>
    public IReadOnlyList<int> CheckpointIterations { get; init; } = [0, 250, 500, 1000, 1500, 2000];

    /// <summary>Seeds the initialisation, the batch offsets and torch's dropout generator.</summary>
    public int Seed { get; init; }

    /// <summary>Device name ("cpu", "cuda", "auto").</summary>
    public string Device { get; init; } = "cpu";

    /// <summary>Parameter dtype (float64, so checkpoints feed float64 HVPs unchanged).</summary>
    public ModelPrecision Precision { get; init; } = ModelPrecision.Float64;

    /// <summary>Where checkpoints go (<c>{prefix}-iter-{i:0000}.safetensors</c>); null = write none.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>File name prefix of checkpoints.</summary>
    public string CheckpointPrefix { get; init; } = "nanogpt";

    /// <summary>A <see cref="TrainingEvent.Step"/> report every this many steps.</summary>
    public int ProgressInterval { get; init; } = 10;

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        if (Iterations < 0 || BatchSize < 1 || EvalInterval < 1 || EvalIterations < 1 || ProgressInterval < 1)
            throw new ArgumentException("Iterations ≥ 0 and batch size, eval interval, eval iterations and progress interval ≥ 1 are required.");
        if (WeightDecay < 0 || GradClip < 0 || Beta1 is < 0 or >= 1 || Beta2 is < 0 or >= 1)
            throw new ArgumentException("Betas must lie in [0, 1); weight decay and grad clip must be ≥ 0.");
        if (!(Schedule.LearningRate > 0) || Schedule.MinLearningRate < 0 || Schedule.WarmupIterations < 0)
            throw new ArgumentException($"Invalid learning-rate schedule {Schedule}.");
        if (OutputDirectory is not null && CheckpointIterations.Any(i => i < 0 || i > Iterations))
            throw new ArgumentException($"Checkpoint iterations must lie in [0, {Iterations}].");
    }
}
