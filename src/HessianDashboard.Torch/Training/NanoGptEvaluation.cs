namespace HessianDashboard.Torch.Training;

/// <summary>nanoGPT's <c>estimate_loss</c>: mean loss over EvalIterations random batches of each split, dropout off.</summary>
/// <param name="Iteration">Steps done when estimated.</param>
/// <param name="TrainLoss">Training-split estimate.</param>
/// <param name="ValidationLoss">Validation-split estimate.</param>
/// <param name="LearningRate">The rate the next step uses.</param>
public sealed record NanoGptEvaluation(int Iteration, double TrainLoss, double ValidationLoss, double LearningRate);
