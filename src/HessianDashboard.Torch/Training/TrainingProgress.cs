namespace HessianDashboard.Torch.Training;

/// <summary>What a trainer reports: a step, an evaluation or a written checkpoint.</summary>
/// <param name="Event">What happened.</param>
/// <param name="Step">Optimizer steps done so far.</param>
/// <param name="TotalSteps">Optimizer steps the run will take.</param>
/// <param name="Epoch">Completed epochs (MLP; 0 for NanoGPT).</param>
/// <param name="TrainLoss">The last batch's loss (Step) or the training-set estimate (Evaluation).</param>
/// <param name="TestLoss">Test / validation loss estimate (Evaluation, when there is a held-out set).</param>
/// <param name="CheckpointPath">The file written (Checkpoint).</param>
public sealed record TrainingProgress(
    TrainingEvent Event, int Step, int TotalSteps, int Epoch, double? TrainLoss, double? TestLoss = null, string? CheckpointPath = null);
