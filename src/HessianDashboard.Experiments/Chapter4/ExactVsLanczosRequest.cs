using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Networks;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// Thesis Fig 4.1, 4.2 and Table 4.2: per data set, the thesis MLP at initialisation and after training (one training
/// run, checkpoints at epochs 0 and E), the exact spectrum of the full-batch loss Hessian and 100 steps of Lanczos with
/// full reorthogonalisation, compared at ε = 1e-5 after every step. Training and exact spectra come from the artifact
/// store when an earlier run computed them.
/// </summary>
public sealed record ExactVsLanczosRequest : IExperimentRequest
{
    /// <summary>mnist, fashion-mnist, cifar10 (grey 28 × 28).</summary>
    public string[] Datasets { get; init; } = ["mnist", "fashion-mnist", "cifar10"];

    /// <summary>Skip a data set that is not on this machine (and cannot be downloaded) instead of failing.</summary>
    public bool SkipMissingData { get; init; } = true;

    /// <summary>The first N samples train the model and form the full Hessian batch (thesis: 10,000). Null: all.</summary>
    public int? Samples { get; init; } = 10_000;

    /// <summary>Training epochs; null: Table 4.1's (MNIST 15, FashionMNIST 20, CIFAR-10 30).</summary>
    public int? Epochs { get; init; }

    /// <summary>Seed of the initialisation and the training shuffles.</summary>
    public int TrainingSeed { get; init; }

    /// <summary>Lanczos steps m (thesis: 100).</summary>
    public int Iterations { get; init; } = 100;

    /// <summary>Convergence tolerance ε (thesis: 1e-5).</summary>
    public double Epsilon { get; init; } = 1e-5;

    /// <summary>Seed of the Lanczos start vector.</summary>
    public int StartSeed { get; init; }

    /// <summary>Restrict the Hessian to a parameter group (e.g. "2.*", the output layer); null: all 12,730 parameters.</summary>
    public IReadOnlyList<string>? ParameterPatterns { get; init; }

    /// <summary>Bins of the exact-spectrum histogram.</summary>
    public int HistogramBins { get; init; } = 100;

    /// <inheritdoc />
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Datasets is null || Datasets.Length == 0) errors.Add("Choose at least one data set.");
        else
            foreach (string id in Datasets)
                if (!IsImageSet(id)) errors.Add($"Unknown image data set '{id}'; use {string.Join(", ", NetworkData.ImageIds)}.");
        if (Samples is < 2) errors.Add($"Samples must be at least 2 (got {Samples}).");
        if (Epochs is < 1) errors.Add($"Epochs must be at least 1 so the trained model differs from the initial one (got {Epochs}).");
        if (Iterations < 1) errors.Add($"Iterations m must be at least 1 (got {Iterations}).");
        if (!(Epsilon > 0) || !double.IsFinite(Epsilon)) errors.Add($"ε must be positive (got {Epsilon}).");
        errors.AddRange(RequestBounds.ShortList("Data sets", Datasets));
        errors.AddRange(RequestBounds.AtMost("Samples", Samples, RequestBounds.MaxSamples));
        errors.AddRange(RequestBounds.AtMost("Epochs", Epochs, RequestBounds.MaxEpochs));
        errors.AddRange(RequestBounds.AtMost("Iterations m", Iterations, RequestBounds.MaxNetworkIterations));
        if (HistogramBins is < 1 or > 10_000) errors.Add($"Histogram bins must lie in [1, 10000] (got {HistogramBins}).");
        if (ParameterPatterns is { } patterns && patterns.Any(string.IsNullOrWhiteSpace)) errors.Add("Parameter patterns must not be empty.");
        return errors;
    }

    internal static bool IsImageSet(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return false;
        try { return NetworkData.ImageIds.Contains(NetworkData.Describe(id).Id); }
        catch (ArgumentException) { return false; }
    }
}
