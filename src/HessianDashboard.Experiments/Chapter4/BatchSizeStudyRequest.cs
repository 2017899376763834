using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// Thesis Fig 4.3, 4.4, A.7, A.8: on one checkpoint, 100 full-reorth Lanczos steps on the loss Hessian of random
/// Hessian batches of each size (<see cref="Repeats"/> seeded batches each) and of the full batch: runtime, gradient
/// norm, Ritz values, L1/L2 distances to the full-batch Ritz values and spurious negative eigenvalues.
/// </summary>
public sealed record BatchSizeStudyRequest : IExperimentRequest
{
    /// <summary>mnist, fashion-mnist or cifar10.</summary>
    public string Dataset { get; init; } = "mnist";

    /// <summary>A checkpoint to probe; null: the trained model of the chapter-4 training run (trained or reused through the store).</summary>
    public string? Checkpoint { get; init; }

    /// <summary>The first N samples: the training set and the full Hessian batch (thesis: 10,000). Null: all.</summary>
    public int? Samples { get; init; } = 10_000;

    /// <summary>Training epochs when no checkpoint is given; null: Table 4.1's.</summary>
    public int? Epochs { get; init; }

    /// <summary>Seed of the training run when no checkpoint is given.</summary>
    public int TrainingSeed { get; init; }

    /// <summary>Hessian batch sizes; a size ≥ the sample count is the full batch, which always runs (it is the reference).</summary>
    public int[] BatchSizes { get; init; } = [1, 10, 100, 1000];

    /// <summary>Random batches per size (and runs of the full batch, for runtime spread).</summary>
    public int Repeats { get; init; } = 3;

    /// <summary>Lanczos steps m (thesis: 100).</summary>
    public int Iterations { get; init; } = 100;

    /// <summary>Batch r of size index s is drawn with seed BatchSeed + 1000 s + r (recorded per run).</summary>
    public ulong BatchSeed { get; init; }

    /// <summary>Seed of the Lanczos start vector (the same for every run).</summary>
    public int StartSeed { get; init; }

    /// <summary>Restrict the Hessian to a parameter group (e.g. "2.*"); null: all parameters.</summary>
    public IReadOnlyList<string>? ParameterPatterns { get; init; }

    /// <summary>τ of <see cref="SpuriousNegatives"/>.</summary>
    public double SpuriousTolerance { get; init; } = SpuriousNegatives.DefaultTolerance;

    /// <inheritdoc />
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!ExactVsLanczosRequest.IsImageSet(Dataset)) errors.Add($"Unknown image data set '{Dataset}'.");
        if (Checkpoint is not null && !File.Exists(Checkpoint)) errors.Add($"Checkpoint '{Checkpoint}' does not exist.");
        if (Samples is < 2) errors.Add($"Samples must be at least 2 (got {Samples}).");
        if (Epochs is < 1) errors.Add($"Epochs must be at least 1 (got {Epochs}).");
        if (BatchSizes is null || BatchSizes.Length == 0) errors.Add("Give at least one batch size.");
        else if (BatchSizes.Any(b => b < 1)) errors.Add("Batch sizes must be positive.");
        else if (BatchSizes.Any(b => b > RequestBounds.MaxSamples)) errors.Add($"Batch sizes must be at most {RequestBounds.MaxSamples:N0}.");
        errors.AddRange(RequestBounds.ShortList("Batch sizes", BatchSizes));
        errors.AddRange(RequestBounds.AtMost("Samples", Samples, RequestBounds.MaxSamples));
        errors.AddRange(RequestBounds.AtMost("Epochs", Epochs, RequestBounds.MaxEpochs));
        errors.AddRange(RequestBounds.AtMost("Iterations m", Iterations, RequestBounds.MaxNetworkIterations));
        if (Repeats is < 1 or > 100) errors.Add($"Repeats must lie in [1, 100] (got {Repeats}).");
        if (Iterations < 1) errors.Add($"Iterations m must be at least 1 (got {Iterations}).");
        if (!(SpuriousTolerance >= 0) || !double.IsFinite(SpuriousTolerance)) errors.Add($"The spurious-negative tolerance must be ≥ 0 (got {SpuriousTolerance}).");
        if (ParameterPatterns is { } patterns && patterns.Any(string.IsNullOrWhiteSpace)) errors.Add("Parameter patterns must not be empty.");
        return errors;
    }
}
