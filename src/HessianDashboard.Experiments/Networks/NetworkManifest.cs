using HessianDashboard.Torch.Models;

namespace HessianDashboard.Experiments.Networks;

/// <summary>
/// Everything needed to reproduce a network spectrum: the model and where its parameters came from, the data and
/// the exact Hessian batch (indices or block offsets with their seed), numerics, and the software and machine.
/// </summary>
public sealed record NetworkManifest
{
    public required ModelKind Model { get; init; }

    /// <summary>The architecture as JSON (e.g. {"inputs":784,"hidden":16,"classes":10}).</summary>
    public required string ModelConfig { get; init; }

    public required long ParameterCount { get; init; }

    /// <summary>The checkpoint file and its SHA-256, or null with <see cref="InitSeed"/> for a fresh initialisation.</summary>
    public string? Checkpoint { get; init; }
    public string? CheckpointSha256 { get; init; }
    public int? InitSeed { get; init; }

    /// <summary>The data set as loaded, e.g. "MNIST test (10,000) as training data", its files and why they were used.</summary>
    public required string Dataset { get; init; }
    public required IReadOnlyList<string> DataFiles { get; init; }
    public required string DataNote { get; init; }

    /// <summary>Samples (images) or blocks (text) in the Hessian batch, and the seed that drew them.</summary>
    public required int HessianBatchSize { get; init; }
    public required ulong HessianBatchSeed { get; init; }

    /// <summary>Image indices of the Hessian batch (sorted); null for text.</summary>
    public int[]? HessianBatchIndices { get; init; }

    /// <summary>Block offsets into the training split (text); null for images.</summary>
    public int[]? HessianBlockOffsets { get; init; }
    public int? BlockLength { get; init; }

    /// <summary>The parameters the Hessian is over (all, or the group the patterns selected).</summary>
    public required IReadOnlyList<string> Parameters { get; init; }
    public IReadOnlyList<string>? ParameterPatterns { get; init; }

    public required string Precision { get; init; }
    public required string Device { get; init; }

    /// <summary>SHA-256 of parameters, group, precision and batch: equal fingerprints mean the same Hessian.</summary>
    public required string HessianFingerprint { get; init; }

    public required string AppVersion { get; init; }
    public required string TorchVersion { get; init; }
    public required string Machine { get; init; }
}
