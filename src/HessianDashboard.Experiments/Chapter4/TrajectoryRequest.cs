using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// Spectra along the MLP's training (thesis A.4–A.6): one training run (reused from the artifact store when it
/// exists) writing checkpoints at <see cref="Epochs"/>, then per checkpoint m Lanczos steps (full reorthogonalisation)
/// on the loss Hessian over the same recorded Hessian batch.
/// </summary>
public sealed record TrajectoryRequest : IExperimentRequest
{
    /// <summary>mnist, fashion-mnist or cifar10.</summary>
    public string Dataset { get; init; } = "mnist";

    /// <summary>Training samples (the first N; null = all). The Hessian batch is drawn from them.</summary>
    public int? Samples { get; init; }

    /// <summary>Checkpoint epochs (0 = initialisation); training runs to the largest. Null = the thesis' figure for the data set.</summary>
    public IReadOnlyList<int>? Epochs { get; init; }

    /// <summary>Training seed (initialisation and shuffles) and SGD step size.</summary>
    public int Seed { get; init; }
    public double LearningRate { get; init; } = new MlpTrainingOptions().LearningRate;

    /// <summary>Hessian batch size (null = every training sample) and its seed.</summary>
    public int? HessianBatch { get; init; }
    public ulong BatchSeed { get; init; }

    /// <summary>Lanczos steps m per checkpoint (thesis: 100) and the start-vector seed (the same for every checkpoint).</summary>
    public int Iterations { get; init; } = 100;
    public int StartSeed { get; init; }

    /// <summary>Ridgeline kernel width σ (null = 1% of the span of all Ritz values), grid points, heatmap bins.</summary>
    public double? Sigma { get; init; }
    public int GridPoints { get; init; } = 400;
    public int Bins { get; init; } = 60;

    /// <summary>Relative residual tolerance for marking Ritz values converged (also which Ritz values <see cref="Outliers"/> treats as resolved).</summary>
    public double ResidualTolerance { get; init; } = 1e-4;

    public string Device { get; init; } = "cpu";

    /// <summary>The thesis' checkpoints: MNIST 0/5/10/15 (A.4), FashionMNIST 0/5/15/20 (A.5), CIFAR-10 0/10/20/30 (A.6).</summary>
    public static IReadOnlyList<int> ThesisEpochs(string dataset) => NetworkData.Describe(dataset).Id switch
    {
        "fashion-mnist" => [0, 5, 15, 20],
        "cifar10" => [0, 10, 20, 30],
        _ => [0, 5, 10, 15],
    };

    /// <summary>A smoke-sized request: 1,000 samples, epochs 0/1/2, 20 Lanczos steps.</summary>
    public static TrajectoryRequest Quick(string dataset = "mnist") =>
        new() { Dataset = dataset, Samples = 1000, Epochs = [0, 1, 2], Iterations = 20, HessianBatch = 500 };

    /// <summary>The checkpoints, sorted and distinct.</summary>
    public IReadOnlyList<int> ResolvedEpochs() => [.. (Epochs ?? ThesisEpochs(Dataset)).Distinct().Order()];

    /// <summary>The training run behind the trajectory (the key under which the store finds it).</summary>
    public TrainMlpRequest Training()
    {
        var epochs = ResolvedEpochs();
        return new TrainMlpRequest
        {
            Dataset = Dataset,
            Samples = Samples,
            EpochsExplicit = true,
            Options = new MlpTrainingOptions { Epochs = epochs.Max(), Seed = Seed, LearningRate = LearningRate, CheckpointEpochs = epochs, Device = Device },
        };
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        try
        {
            if (!NetworkData.ImageIds.Contains(NetworkData.Describe(Dataset).Id)) errors.Add($"The trajectory trains the MLP on {string.Join(", ", NetworkData.ImageIds)}, not {Dataset}.");
        }
        catch (ArgumentException e) { errors.Add(e.Message); }
        if (Epochs is { Count: 0 }) errors.Add("Name at least one checkpoint epoch.");
        if (Epochs is { } epochs && epochs.Any(e => e < 0)) errors.Add("Checkpoint epochs must not be negative.");
        if (Epochs is { } all && all.Count > 0 && all.Max() < 1) errors.Add("Training needs at least one epoch: name a checkpoint epoch ≥ 1.");
        if (Samples is < 1) errors.Add($"Samples must be positive (got {Samples}).");
        if (HessianBatch is < 1) errors.Add($"The Hessian batch needs at least one sample (got {HessianBatch}).");
        if (HessianBatch is { } b && Samples is { } s && b > s) errors.Add($"The Hessian batch ({b}) cannot exceed the samples ({s}).");
        if (!(LearningRate > 0)) errors.Add($"The learning rate must be positive (got {LearningRate}).");
        errors.AddRange(RequestBounds.LearningRate(LearningRate));
        errors.AddRange(RequestBounds.ShortList("Checkpoint epochs", Epochs));
        if (Epochs is { } many && many.Any(e => e > RequestBounds.MaxEpochs)) errors.Add($"Checkpoint epochs must be at most {RequestBounds.MaxEpochs:N0}.");
        errors.AddRange(RequestBounds.AtMost("Samples", Samples, RequestBounds.MaxSamples));
        errors.AddRange(RequestBounds.AtMost("The Hessian batch", HessianBatch, RequestBounds.MaxSamples));
        errors.AddRange(RequestBounds.AtMost("Iterations m", Iterations, RequestBounds.MaxNetworkIterations));
        errors.AddRange(TrajectoryValidation.Common(Iterations, Sigma, GridPoints, Bins, ResidualTolerance));
        return errors;
    }
}
