namespace HessianDashboard.Torch.Training;

/// <summary>What an MLP training run produced.</summary>
/// <param name="Epochs">One record per completed epoch, starting with epoch 0 (initialisation).</param>
/// <param name="Checkpoints">Files written, in order; kept when the run is cancelled.</param>
/// <param name="Completed">False when the run was cancelled before its last epoch.</param>
public sealed record MlpTrainingResult(IReadOnlyList<MlpEpochRecord> Epochs, IReadOnlyList<TrainingCheckpoint> Checkpoints, bool Completed);
