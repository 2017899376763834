using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>One data set of <see cref="ExactVsLanczosResult"/>: the training run (reused or not) and both states.</summary>
public sealed record DatasetSpectra
{
    /// <summary>The data-set id (mnist …).</summary>
    public required string Dataset { get; init; }

    /// <summary>The key of the training run in the artifact store, and whether it was reused.</summary>
    public required string TrainingKey { get; init; }
    public required bool TrainingReused { get; init; }

    /// <summary>The data as loaded and its note (e.g. the test split standing in for training).</summary>
    public required string DataName { get; init; }
    public required string DataNote { get; init; }

    /// <summary>Per-epoch training record (0 = initialisation).</summary>
    public required IReadOnlyList<MlpEpochRecord> Epochs { get; init; }

    /// <summary>Null when the run was cancelled before that state.</summary>
    public StateSpectra? Initial { get; init; }
    public StateSpectra? Trained { get; init; }

    /// <summary>Table 4.2 (null until both states are done).</summary>
    public Table42Row? Row { get; init; }
}
