namespace HessianDashboard.Torch.Training;

/// <summary>What a NanoGPT training run produced.</summary>
/// <param name="Evaluations">Loss estimates at every eval interval and at the end.</param>
/// <param name="BatchLosses">The training batch loss of every step taken (dropout on).</param>
/// <param name="Checkpoints">Files written, in order; kept when the run is cancelled.</param>
/// <param name="Completed">False when the run was cancelled before its last step.</param>
public sealed record NanoGptTrainingResult(
    IReadOnlyList<NanoGptEvaluation> Evaluations, IReadOnlyList<double> BatchLosses, IReadOnlyList<TrainingCheckpoint> Checkpoints, bool Completed);
