using HessianDashboard.Torch.Data;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Torch.Tests.Data.Location;

public sealed class DatasetLoaderTests
{
    private static DataLocator Offline(string? dataDirectory, string downloads, IList<string>? systemRoots = null) => new(new DataOptions
    {
        Directory = dataDirectory, AllowDownload = false, DownloadDirectory = downloads, SystemRoots = systemRoots ?? [], ReadEnvironment = _ => null,
    });

    [Fact]
    public async Task LoadImages_SharedMnistAsTrainingData_Is10000SamplesNamedAsASubstitute()
    {
        string shared = SharedData.DataDirectory;
        using var dir = new TempDirectory();

        DataResolution resolution = await Offline(shared, dir.Path)
            .ResolveAsync(DatasetKind.Mnist, DataSplit.Train, allowTestAsTrain: true, TestContext.Current.CancellationToken);
        ImageDataset set = DatasetLoader.LoadImages(resolution, new ImageLoadOptions(Limit: 1000, Standardize: true));

        resolution.IsSubstitute.ShouldBeTrue();
        resolution.Directory.ShouldBe(Path.Combine(shared, "mnist"));
        DatasetLoader.LoadImages(resolution).Name.ShouldBe("MNIST test (10,000) as training data");
        set.Count.ShouldBe(1000);
        set.Standardized.ShouldBeTrue();
        set.Pixels.Average(p => (double)p).ShouldBe(0, 1e-5);
    }

    [Fact]
    public async Task LoadImages_CifarTarballFolderInDataDirectory_ReadsTheTestBatch()
    {
        using var dir = new TempDirectory();
        DataFiles.Write(dir.File("data", "cifar-10-batches-bin", "test_batch.bin"), [.. DataFiles.CifarRecord(4, 10, 10, 10), .. DataFiles.CifarRecord(2, 0, 0, 0)]);

        DataResolution resolution = await Offline(Path.Combine(dir.Path, "data"), dir.File("downloads"))
            .ResolveAsync(DatasetKind.Cifar10, DataSplit.Test, cancellationToken: TestContext.Current.CancellationToken);
        ImageDataset set = DatasetLoader.LoadImages(resolution);

        set.Name.ShouldBe("CIFAR-10 test (2)");
        set.Labels.ShouldBe([4, 2]);
        set.Sample(0).ToArray().ShouldAllBe(p => p == 10 / 255f);
    }

    [Fact]
    public async Task LoadImages_DebianFashionMnistTrain_Is60000Samples()
    {
        if (!Directory.Exists("/usr/share/datasets/fashion-mnist")) Assert.Skip("dataset-fashion-mnist is not installed.");
        using var dir = new TempDirectory();

        DataResolution resolution = await Offline(null, dir.Path, ["/usr/share/datasets"])
            .ResolveAsync(DatasetKind.FashionMnist, DataSplit.Train, cancellationToken: TestContext.Current.CancellationToken);

        resolution.Source.ShouldBe(DataSourceKind.SystemLocation);
        DatasetLoader.LoadImages(resolution, new ImageLoadOptions(Limit: 500)).Name.ShouldBe("FashionMNIST train (500)");
    }

    [Fact]
    public void ImageLoadOptions_NonPositiveLimit_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new ImageLoadOptions(Limit: 0));

    [Fact]
    public async Task LoadCorpus_ImageDataSet_Throws()
    {
        using var dir = new TempDirectory();
        DataFiles.Write(dir.File("data", "cifar10", "test_batch.bin"), DataFiles.CifarRecord(1, 0, 0, 0));
        DataResolution resolution = await Offline(Path.Combine(dir.Path, "data"), dir.File("downloads"))
            .ResolveAsync(DatasetKind.Cifar10, DataSplit.Test, cancellationToken: TestContext.Current.CancellationToken);

        Should.Throw<ArgumentException>(() => DatasetLoader.LoadCorpus(resolution)).Message.ShouldContain("not a text corpus");
    }
}
