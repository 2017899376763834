using HessianDashboard.Experiments.Networks;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>
/// What a run needs to be reproduced beyond its request (which holds seeds, variant, sizes and precision): the
/// software and machine it ran on, and, for network runs, each network manifest the result carries (checkpoint hash,
/// data set and Hessian batch indices or block offsets, dtype, device, Hessian fingerprint).
/// </summary>
public sealed record RunManifest
{
    /// <summary>HessianDashboard's informational version (with the commit when built from git).</summary>
    public required string AppVersion { get; init; }

    /// <summary>The .NET runtime, e.g. ".NET 10.0.4".</summary>
    public required string Runtime { get; init; }

    /// <summary>Operating system and architecture, e.g. "Debian GNU/Linux 12 (X64)".</summary>
    public required string OperatingSystem { get; init; }

    /// <summary>Host name of the machine.</summary>
    public required string Machine { get; init; }

    public required int ProcessorCount { get; init; }

    /// <summary>Numerical libraries by name with their versions (MathNet.Numerics, TorchSharp, libtorch when loaded).</summary>
    public required IReadOnlyDictionary<string, string> Libraries { get; init; }

    /// <summary>The network manifests found in the result (one per checkpoint/state), in the result's order; empty for synthetic runs.</summary>
    public IReadOnlyList<NetworkManifest> Networks { get; init; } = [];
}
