namespace HessianDashboard.Torch.Training;

/// <summary>Full-set mean cross entropy and accuracy after an epoch (0 = at initialisation).</summary>
/// <param name="Epoch">Completed epochs.</param>
/// <param name="TrainLoss">Mean loss over the whole training set (evaluation mode, after the epoch).</param>
/// <param name="TrainAccuracy">Fraction of training samples classified correctly.</param>
/// <param name="TestLoss">Mean loss over the test set, when one was given.</param>
/// <param name="TestAccuracy">Test accuracy, when a test set was given.</param>
public sealed record MlpEpochRecord(int Epoch, double TrainLoss, double TrainAccuracy, double? TestLoss, double? TestAccuracy);
