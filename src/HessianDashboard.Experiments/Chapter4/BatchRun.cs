using HessianDashboard.Core.Spectrum;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// One Lanczos run of <see cref="BatchSizeStudyExperiment"/> on one Hessian batch: the batch (size, seed, indices
/// unless full), mean loss and ‖∇L‖ over it, the m Ritz values (ascending), the wall time of the m Lanczos steps
/// (building the gradient graph is <see cref="SetupSeconds"/>, not included), distances to the full-batch Ritz values
/// (sorted, index by index; null when the run stopped early and has fewer values) and the spurious negatives.
/// Its time is warm-up-free when <see cref="WarmupProducts"/> &gt; 0: untimed products on this run's operator came first.
/// </summary>
public sealed record BatchRun
{
    public required int BatchSize { get; init; }
    public required bool IsFull { get; init; }
    public required int Repeat { get; init; }
    public required ulong Seed { get; init; }
    public int[]? Indices { get; init; }
    public required double Loss { get; init; }
    public required double GradientNorm { get; init; }
    public required LanczosStatus Status { get; init; }
    public required double[] Ritz { get; init; }
    public required double LanczosSeconds { get; init; }
    public required double SetupSeconds { get; init; }

    /// <summary>
    /// Untimed Hessian-vector products on this batch before its timed steps, and their seconds (the one-off cost of a new
    /// batch shape). 0 in results stored before warm-ups existed, whose first run per size may include that cost.
    /// </summary>
    public int WarmupProducts { get; init; }
    public double? WarmupSeconds { get; init; }
    public double? L1 { get; init; }
    public double? L2 { get; init; }
    public required double[] SpuriousNegatives { get; init; }
}
