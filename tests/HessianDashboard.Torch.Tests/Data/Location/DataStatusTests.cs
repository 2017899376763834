using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Torch.Tests.Data.Location;

public sealed class DataStatusTests
{
    [Fact]
    public void GetStatus_SharedData_ReportsMnistTestOnlyAndTinyShakespeareComplete()
    {
        string shared = SharedData.DataDirectory;
        using var dir = new TempDirectory();
        var locator = new DataLocator(new DataOptions
        {
            Directory = shared, AllowDownload = false, SystemRoots = [], DownloadDirectory = dir.Path, ReadEnvironment = _ => null,
        });

        IReadOnlyList<DatasetStatus> status = locator.GetStatus();

        status.Select(s => s.Dataset.Id).ShouldBe(["mnist", "fashion-mnist", "cifar10", "tinyshakespeare"]);
        DatasetStatus mnist = status[0];
        mnist[DataSplit.Test].IsAvailable.ShouldBeTrue();
        mnist[DataSplit.Test].Found!.Source.ShouldBe(DataSourceKind.DataDirectory);
        mnist[DataSplit.Train].IsAvailable.ShouldBeFalse();
        mnist.IsUsable.ShouldBeTrue();
        mnist.IsComplete.ShouldBeFalse();
        mnist.Advice.ShouldContain($"Put train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz (gzip or uncompressed without .gz) in {Path.Combine(shared, "mnist")}");
        status[2].IsUsable.ShouldBeFalse();
        status[3].IsComplete.ShouldBeTrue();
        status[3].Advice.ShouldBeEmpty();
        status[3].Splits.Select(s => s.Split).ShouldBe([DataSplit.Train]);
    }

    [Fact]
    public void GetStatus_MissingWithDownloadsAllowed_SaysWhereItWillBeDownloaded()
    {
        using var dir = new TempDirectory();
        var locator = new DataLocator(new DataOptions
        {
            Directory = Path.Combine(dir.Path, "data"), SystemRoots = [], ReadEnvironment = _ => null,
        });

        DatasetStatus cifar = locator.GetStatus(DatasetCatalog.Cifar10);

        cifar.CanDownload.ShouldBeTrue();
        cifar.Advice.ShouldContain("Put data_batch_1.bin, data_batch_2.bin, data_batch_3.bin, data_batch_4.bin, data_batch_5.bin in");
        cifar.Advice.ShouldContain($"Otherwise it is downloaded to {Path.Combine(dir.Path, "data", "cifar10")} when first needed.");
    }

    [Fact]
    public void GetStatus_DebianFashionMnist_IsFoundInTheSystemLocation()
    {
        if (!Directory.Exists("/usr/share/datasets/fashion-mnist")) Assert.Skip("dataset-fashion-mnist is not installed.");
        using var dir = new TempDirectory();
        var locator = new DataLocator(new DataOptions { AllowDownload = false, DownloadDirectory = dir.Path, ReadEnvironment = _ => null });

        DatasetStatus fashion = locator.GetStatus(DatasetCatalog.FashionMnist);

        fashion.IsComplete.ShouldBeTrue();
        fashion[DataSplit.Train].Found!.Source.ShouldBe(DataSourceKind.SystemLocation);
        fashion[DataSplit.Train].Found!.Directory.ShouldBe("/usr/share/datasets/fashion-mnist");
    }

    [Theory]
    [InlineData("mnist", DatasetKind.Mnist)]
    [InlineData("Fashion-MNIST", DatasetKind.FashionMnist)]
    [InlineData("fashion_mnist", DatasetKind.FashionMnist)]
    [InlineData("CIFAR-10", DatasetKind.Cifar10)]
    [InlineData("cifar10", DatasetKind.Cifar10)]
    [InlineData(" TinyShakespeare ", DatasetKind.TinyShakespeare)]
    public void Parse_KnownNames_GiveTheirDataSet(string name, DatasetKind kind) => DatasetCatalog.Parse(name).Kind.ShouldBe(kind);

    [Fact]
    public void Parse_UnknownName_ListsTheKnownOnes() =>
        Should.Throw<ArgumentException>(() => DatasetCatalog.Parse("imagenet")).Message
            .ShouldContain("Unknown data set 'imagenet'. Known: mnist, fashion-mnist, cifar10, tinyshakespeare.");
}
