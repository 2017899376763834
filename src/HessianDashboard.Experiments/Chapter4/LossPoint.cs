namespace HessianDashboard.Experiments.Chapter4;

/// <summary>Training curve point beside a trajectory: full-set train/test loss after an epoch (MLP) or nanoGPT's train/validation estimate at an iteration.</summary>
/// <param name="Step">Epoch or iteration.</param>
/// <param name="TrainLoss">Training loss.</param>
/// <param name="TestLoss">Test (MLP) or validation (NanoGPT) loss, when there is a held-out set.</param>
public sealed record LossPoint(int Step, double TrainLoss, double? TestLoss);
