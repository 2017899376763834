using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Torch.Models;

namespace HessianDashboard.Storage.Tests.TestSupport;

/// <summary>A run manifest with one network manifest holding a large index array.</summary>
public static class Manifests
{
    public static NetworkManifest Network(int batch = 1000) => new()
    {
        Model = ModelKind.Mlp,
        ModelConfig = "{\"inputs\":784,\"hidden\":16,\"classes\":10}",
        ParameterCount = 12730,
        Checkpoint = "mlp-epoch-020.safetensors",
        CheckpointSha256 = new string('a', 64),
        Dataset = "MNIST test (10,000) as training data",
        DataFiles = ["t10k-images-idx3-ubyte"],
        DataNote = "found in the data directory",
        HessianBatchSize = batch,
        HessianBatchSeed = 42,
        HessianBatchIndices = [.. Enumerable.Range(0, batch).Select(i => i * 7)],
        Parameters = ["fc1.weight", "fc1.bias"],
        Precision = "float64",
        Device = "cpu",
        HessianFingerprint = new string('b', 64),
        AppVersion = "1.0.0",
        TorchVersion = "0.107.0",
        Machine = "test",
    };

    public static RunManifest WithNetwork() => RunManifests.Capture() with { Networks = [Network()] };
}
