namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// The outcome of a <see cref="BatchSizeStudyRequest"/>: every run (the full batch first; its first run is the
/// reference drawn faintly behind the others), per-size summaries, and the least-squares power law of Lanczos
/// runtime against batch size fitted to the median runtime per size (null with fewer than two distinct sizes).
/// </summary>
public sealed record BatchSizeStudyResult
{
    public required BatchSizeStudyRequest Request { get; init; }

    /// <summary>The checkpoint probed, and the training run it came from when it was trained here (key, reused).</summary>
    public required string Checkpoint { get; init; }
    public string? TrainingKey { get; init; }
    public bool? TrainingReused { get; init; }

    /// <summary>The data as loaded, samples in the full batch, parameters the Hessian is over.</summary>
    public required string DataName { get; init; }
    public required int Population { get; init; }
    public required int Dimension { get; init; }

    /// <summary>Null when cancelled before the full batch finished.</summary>
    public BatchRun? Full { get; init; }
    public required IReadOnlyList<BatchRun> Runs { get; init; }
    public required IReadOnlyList<BatchSizeSummary> Sizes { get; init; }
    public PowerLawFit? RuntimeFit { get; init; }

    /// <summary>True when <see cref="RuntimeFit"/> is over the median per size; false in results stored before, fitted over every run.</summary>
    public bool RuntimeFitOnMedians { get; init; }
    public required bool Completed { get; init; }
    public required double Seconds { get; init; }
}
