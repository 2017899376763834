namespace HessianDashboard.Experiments.Chapter4;

/// <summary>Spectra along training (thesis A.4–A.6, 4.5, 4.6) with the training run they came from and the derived views.</summary>
public sealed record TrajectoryResult
{
    /// <summary>"mlp" or "nanogpt", and the data set as trained on (with the note on substitutes).</summary>
    public required string Model { get; init; }
    public required string Dataset { get; init; }
    public required string DataNote { get; init; }

    /// <summary>The training run's store key, whether its checkpoints were reused from the artifact store, and its wall time when trained now.</summary>
    public required string TrainingKey { get; init; }
    public required bool TrainingReused { get; init; }
    public required double TrainingSeconds { get; init; }

    /// <summary>Product precision of the Hessian-vector products (Lanczos vectors and eigenvalues are float64 regardless).</summary>
    public required string Precision { get; init; }
    public required double ResidualTolerance { get; init; }

    /// <summary>One per checkpoint, ascending step (fewer when cancelled).</summary>
    public required IReadOnlyList<TrajectoryPoint> Points { get; init; }
    public required IReadOnlyList<LossPoint> Losses { get; init; }
    public required RidgelineView Ridgeline { get; init; }
    public required RitzHeatmap Heatmap { get; init; }

    /// <summary>False when cancelled before every checkpoint had its spectrum.</summary>
    public required bool Completed { get; init; }
    public required double Seconds { get; init; }

    /// <summary>Mean wall time of one checkpoint's spectrum (data, graph, Lanczos).</summary>
    public double SecondsPerCheckpoint => Points.Count == 0 ? double.NaN
        : Points.Average(p => p.Spectrum.DataSeconds + p.Spectrum.SetupSeconds + p.Spectrum.LanczosSeconds);
}
