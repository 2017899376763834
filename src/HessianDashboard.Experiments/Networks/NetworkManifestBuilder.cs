using System.Reflection;
using HessianDashboard.Torch.Checkpoints;
using HessianDashboard.Torch.Data;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Data.Text;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Probing;
using HessianDashboard.Torch.Runtime;

namespace HessianDashboard.Experiments.Networks;

/// <summary>Collects what a <see cref="NetworkManifest"/> records while a network experiment sets up.</summary>
internal sealed class NetworkManifestBuilder(NetworkSpectrumRequest request, ModelOrigin origin, string dataset, DataResolution source, double dataSeconds)
{
    public double DataSeconds { get; } = dataSeconds;

    public ImageBatchSelection? Images { get; init; }

    public CharBlockSelection? Blocks { get; init; }

    private int BatchSize => Images?.Size ?? Blocks?.Count ?? 0;

    public string Describe(HessianIdentity hessian) =>
        $"{CheckpointMetadata.KindName(origin.Kind)} {origin.Config} ({hessian.Dimension:N0} parameters"
        + (origin.Checkpoint is null ? $", seeded initialisation {origin.InitSeed}" : $", {Path.GetFileName(origin.Checkpoint)}")
        + $") on {dataset}, Hessian batch {BatchSize:N0} {(Blocks is null ? "samples" : "blocks")} (seed {request.BatchSeed})";

    public NetworkManifest Build(HessianIdentity hessian) => new()
    {
        Model = origin.Kind,
        ModelConfig = origin.Config,
        ParameterCount = origin.ParameterCount,
        Checkpoint = origin.Checkpoint,
        CheckpointSha256 = origin.Sha256,
        InitSeed = origin.InitSeed,
        Dataset = dataset,
        DataFiles = source.Files,
        DataNote = source.Note,
        HessianBatchSize = BatchSize,
        HessianBatchSeed = request.BatchSeed,
        HessianBatchIndices = Images?.Indices,
        HessianBlockOffsets = Blocks?.Offsets,
        BlockLength = Blocks?.BlockLength,
        Parameters = hessian.ParameterNames,
        ParameterPatterns = request.ParameterPatterns,
        Precision = request.Precision == ModelPrecision.Float32 ? "float32" : "float64",
        Device = request.Device,
        HessianFingerprint = hessian.Fingerprint,
        AppVersion = typeof(NetworkManifestBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
        TorchVersion = $"libtorch {TorchRuntime.EnsureLoaded()}",
        Machine = $"{Environment.MachineName}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}",
    };
}
