namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// One data set's row of Table 4.2 with Table 4.1's training figures beside it: the last epoch's full-set loss and
/// accuracy (test figures only when a separate test split was available), converged counts, exact λmax/λmin at both
/// states, and wall times (null where the part was reused from the artifact store).
/// </summary>
public sealed record Table42Row
{
    public required string Dataset { get; init; }
    public required int Epochs { get; init; }
    public required double TrainLoss { get; init; }
    public required double TrainAccuracy { get; init; }
    public double? TestLoss { get; init; }
    public double? TestAccuracy { get; init; }
    public required int Iterations { get; init; }
    public required int ConvergedInitial { get; init; }
    public required int ConvergedTrained { get; init; }
    public required double LambdaMaxInitial { get; init; }
    public required double LambdaMinInitial { get; init; }
    public required double LambdaMaxTrained { get; init; }
    public required double LambdaMinTrained { get; init; }
    public required int OutliersInitial { get; init; }
    public required int OutliersTrained { get; init; }

    /// <summary>Training (null: reused), exact Hessian rows and eigen-decomposition of both states (null: reused), Lanczos of both states, and the data set's wall time.</summary>
    public double? TrainingSeconds { get; init; }
    public double? ExactSeconds { get; init; }
    public required double LanczosSeconds { get; init; }
    public required double Seconds { get; init; }
}
