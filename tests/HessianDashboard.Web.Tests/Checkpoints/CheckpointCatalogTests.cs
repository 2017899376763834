using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Checkpoints;
using HessianDashboard.Torch.Models;
using HessianDashboard.Web.Checkpoints;
using HessianDashboard.Web.Options;

namespace HessianDashboard.Web.Tests.Checkpoints;

public sealed class CheckpointCatalogTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hessian-checkpoints-").FullName;

    private CheckpointCatalog Catalog => new(new NetworkArtifactStore(new ArtifactStoreOptions { Directory = _root }), Microsoft.Extensions.Options.Options.Create(new CheckpointsOptions()));

    /// <summary>A 4-3-2 MLP in safetensors with PyTorch's nn.Sequential names.</summary>
    internal static byte[] TinyMlp() => SafetensorsWriter.ToBytes(new SafetensorsFile(
    [
        SafetensorsTensor.FromDoubles("0.weight", [3, 4], new double[12]),
        SafetensorsTensor.FromDoubles("0.bias", [3], new double[3]),
        SafetensorsTensor.FromDoubles("2.weight", [2, 3], new double[6]),
        SafetensorsTensor.FromDoubles("2.bias", [2], new double[2]),
    ], new Dictionary<string, string>()));

    [Fact]
    public async Task ImportAsync_ValidMlp_StoresAndListsItWithItsDescription()
    {
        byte[] bytes = TinyMlp();
        var catalog = Catalog;

        var result = await catalog.ImportAsync(new MemoryStream(bytes), "../../evil/my model.safetensors", TestContext.Current.CancellationToken);

        result.Error.ShouldBeNull();
        var entry = result.Entry.ShouldNotBeNull();
        entry.Name.ShouldBe("my_model.safetensors");
        entry.Origin.ShouldBe(CheckpointOrigin.Imported);
        entry.Info.Kind.ShouldBe(ModelKind.Mlp);
        entry.Info.ParameterCount.ShouldBe(12 + 3 + 6 + 2);
        entry.Info.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        Path.GetDirectoryName(entry.Path).ShouldBe(catalog.ImportedFolder);
        catalog.List().Single().Path.ShouldBe(entry.Path);
    }

    [Fact]
    public async Task ImportAsync_Malformed_SaysWhyAndStoresNothing()
    {
        var catalog = Catalog;
        byte[] garbage = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 1, 2, 3];

        var result = await catalog.ImportAsync(new MemoryStream(garbage), "broken.safetensors", TestContext.Current.CancellationToken);

        result.Entry.ShouldBeNull();
        result.Error.ShouldNotBeNull().ShouldStartWith("broken.safetensors is not a checkpoint this dashboard can load: ");
        Directory.EnumerateFiles(catalog.ImportedFolder).ShouldBeEmpty();
        catalog.List().ShouldBeEmpty();
    }

    [Fact]
    public void List_TrainedCheckpointUnderTheStore_IsListedAsTrained()
    {
        string folder = Path.Combine(_root, "checkpoints", "0123456789abcdef");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "mlp-epoch-2.safetensors"), TinyMlp());
        File.WriteAllBytes(Path.Combine(folder, "half-written.safetensors"), [1, 2, 3]);

        var entry = Catalog.List().ShouldHaveSingleItem();

        (entry.Origin, entry.Name).ShouldBe((CheckpointOrigin.Trained, "mlp-epoch-2.safetensors"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
