using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Torch.Models;

namespace HessianDashboard.Experiments.Networks;

/// <summary>
/// The loss Hessian spectrum of a network (thesis ch. 4): a checkpoint (or a fresh seeded initialisation), a data
/// set, a recorded Hessian batch, then Lanczos on Hessian-vector products — optionally against the exact Hessian.
/// </summary>
public sealed record NetworkSpectrumRequest : IExperimentRequest
{
    /// <summary>Largest parameter count for <see cref="Exact"/>: n² doubles (12,730 → 1.3 GB; 20,000 → 3.2 GB).</summary>
    public const int MaxExactDimension = 20_000;

    /// <summary>The model when no checkpoint is given (a checkpoint's own kind wins and must agree when both are set).</summary>
    public ModelKind? Model { get; init; }

    /// <summary>A safetensors checkpoint; null = the model at its seeded initialisation.</summary>
    public string? Checkpoint { get; init; }

    /// <summary>Initialisation seed when there is no checkpoint.</summary>
    public int Seed { get; init; }

    /// <summary>mnist, fashion-mnist, cifar10 (MLP) or tinyshakespeare (NanoGPT); null = mnist / tinyshakespeare.</summary>
    public string? Dataset { get; init; }

    /// <summary>Images: use only the first N samples of the data set (the thesis used 10,000). Null: all.</summary>
    public int? Samples { get; init; }

    /// <summary>Images in the Hessian batch (null = all) or, for NanoGPT, blocks of block-size tokens (null = 400, thesis §4.3).</summary>
    public int? HessianBatch { get; init; }

    /// <summary>Seed of the Hessian batch selection (recorded with the indices or block offsets).</summary>
    public ulong BatchSeed { get; init; }

    /// <summary>Lanczos iterations m (thesis: 100).</summary>
    public int Iterations { get; init; } = 100;

    /// <summary>Reorthogonalisation (thesis ch. 4: full).</summary>
    public Reorthogonalization Variant { get; init; } = Reorthogonalization.Full;

    /// <summary>Seed of the Lanczos start vector.</summary>
    public int StartSeed { get; init; }

    /// <summary>Also compute the exact Hessian and its eigenvalues (small models only).</summary>
    public bool Exact { get; init; }

    /// <summary>Resume file for the exact Hessian's rows (rows already there are not recomputed).</summary>
    public string? ExactRowFile { get; init; }

    /// <summary>A Ritz value counts as converged within ε of an exact eigenvalue (thesis: 1e-5).</summary>
    public double Epsilon { get; init; } = 1e-5;

    /// <summary>Parameter and product precision (float64; float32 for large models).</summary>
    public ModelPrecision Precision { get; init; } = ModelPrecision.Float64;

    /// <summary>Device name: cpu, cuda, cuda:N, auto.</summary>
    public string Device { get; init; } = "cpu";

    /// <summary>Restrict to a parameter group by name patterns (e.g. "transformer.h.0.attn.*"); null = all parameters.</summary>
    public IReadOnlyList<string>? ParameterPatterns { get; init; }

    /// <summary>Before Lanczos, compare one product with central differences of gradients (a check that the graph is right).</summary>
    public bool CheckFiniteDifference { get; init; }

    /// <summary>Samples per chunk of the Hessian batch (null: one chunk); the chunks' products are weighted to the mean exactly.</summary>
    public int? ChunkSize { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Model is null && Checkpoint is null) errors.Add("Name a model (mlp or nanogpt) or a checkpoint file.");
        if (Iterations < 1) errors.Add($"Iterations m must be at least 1 (got {Iterations}).");
        if (Samples is < 1) errors.Add($"Samples must be positive (got {Samples}).");
        if (HessianBatch is < 1) errors.Add($"The Hessian batch needs at least one sample (got {HessianBatch}).");
        if (ChunkSize is < 1) errors.Add($"The chunk size must be positive (got {ChunkSize}).");
        errors.AddRange(RequestBounds.AtMost("Iterations m", Iterations, RequestBounds.MaxNetworkIterations));
        errors.AddRange(RequestBounds.AtMost("Samples", Samples, RequestBounds.MaxSamples));
        errors.AddRange(RequestBounds.AtMost("The Hessian batch", HessianBatch, RequestBounds.MaxSamples));
        errors.AddRange(RequestBounds.AtMost("The chunk size", ChunkSize, RequestBounds.MaxSamples));
        if (Model is { } model && !Enum.IsDefined(model)) errors.Add($"Unknown model {model}.");
        errors.AddRange(RequestBounds.Known("variant", Variant));
        errors.AddRange(RequestBounds.Known("precision", Precision));
        if (!(Epsilon > 0) || !double.IsFinite(Epsilon)) errors.Add($"ε must be positive (got {Epsilon}).");
        if (ExactRowFile is not null && !Exact) errors.Add("An exact-Hessian row file needs the exact Hessian (--exact).");
        if (Checkpoint is not null && !File.Exists(Checkpoint)) errors.Add($"Checkpoint '{Checkpoint}' does not exist.");
        if (ParameterPatterns is { } patterns && patterns.Any(string.IsNullOrWhiteSpace)) errors.Add("Parameter patterns must not be empty.");
        return errors;
    }
}
