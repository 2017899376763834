namespace HessianDashboard.Experiments.Chapter4;

/// <summary>A data set a chapter-4 experiment skipped, and why (e.g. CIFAR-10 is not on this machine: what to put where).</summary>
public sealed record SkippedDataset(string Dataset, string Reason);
