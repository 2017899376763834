using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Networks;

/// <summary>What a training run produced: the data it used, its curves and the checkpoints written (kept when cancelled).</summary>
public sealed record TrainingRunResult
{
    /// <summary>The data as loaded, and why those files (e.g. the test split standing in for training).</summary>
    public required string Dataset { get; init; }
    public required string DataNote { get; init; }

    /// <summary>MLP: one record per epoch (0 = initialisation).</summary>
    public IReadOnlyList<MlpEpochRecord>? Epochs { get; init; }

    /// <summary>NanoGPT: train/validation estimates, and every step's batch loss.</summary>
    public IReadOnlyList<NanoGptEvaluation>? Evaluations { get; init; }
    public IReadOnlyList<double>? BatchLosses { get; init; }

    public required IReadOnlyList<TrainingCheckpoint> Checkpoints { get; init; }
    public required bool Completed { get; init; }
    public required double Seconds { get; init; }
}
