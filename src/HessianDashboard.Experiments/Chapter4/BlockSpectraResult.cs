namespace HessianDashboard.Experiments.Chapter4;

/// <summary>Block spectra of one NanoGPT checkpoint side by side on a common grid, with their Jensen–Shannon distances.</summary>
public sealed record BlockSpectraResult
{
    /// <summary>The checkpoint analysed and its SHA-256.</summary>
    public required string Checkpoint { get; init; }
    public required string CheckpointSha256 { get; init; }

    /// <summary>The training run's store key and whether it was reused (null when a checkpoint file was given).</summary>
    public string? TrainingKey { get; init; }
    public bool? TrainingReused { get; init; }

    /// <summary>Product precision (Lanczos and eigenvalues stay float64).</summary>
    public required string Precision { get; init; }

    /// <summary>The common grid and the kernel width.</summary>
    public required double[] Grid { get; init; }
    public required double Sigma { get; init; }

    /// <summary>In request order (fewer when cancelled).</summary>
    public required IReadOnlyList<BlockSpectrum> Blocks { get; init; }

    /// <summary>D[i][j] = √JS(φ_i, φ_j) in nats (natural log; ≤ √ln 2), see <see cref="JensenShannon"/>.</summary>
    public required double[][] JensenShannonDistance { get; init; }

    public required bool Completed { get; init; }
    public required double Seconds { get; init; }
}
