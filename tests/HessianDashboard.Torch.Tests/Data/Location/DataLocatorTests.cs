using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Torch.Tests.Data.Location;

public sealed class DataLocatorTests
{
    /// <summary>Options that see only <paramref name="dir"/>: no environment, no system roots, no downloads.</summary>
    private static DataOptions Isolated(TempDirectory dir, string? dataDirectory = null) => new()
    {
        Directory = dataDirectory,
        AllowDownload = false,
        DownloadDirectory = Path.Combine(dir.Path, "downloads"),
        SystemRoots = [],
        ReadEnvironment = _ => null,
    };

    private static void WriteMnistTest(TempDirectory dir, string root, string folder = "mnist", bool gzip = true)
    {
        string suffix = gzip ? ".gz" : "";
        DataFiles.Write(dir.File(root, folder, "t10k-images-idx3-ubyte" + suffix), DataFiles.Images(3));
        DataFiles.Write(dir.File(root, folder, "t10k-labels-idx1-ubyte" + suffix), DataFiles.Labels(3));
    }

    [Fact]
    public async Task ResolveAsync_UncompressedFilesInDataDirectory_FindsThem()
    {
        using var dir = new TempDirectory();
        WriteMnistTest(dir, "data", gzip: false);
        var locator = new DataLocator(Isolated(dir, Path.Combine(dir.Path, "data")));

        DataResolution found = await locator.ResolveAsync(DatasetKind.Mnist, DataSplit.Test, cancellationToken: TestContext.Current.CancellationToken);

        found.Source.ShouldBe(DataSourceKind.DataDirectory);
        found.Split.ShouldBe(DataSplit.Test);
        found.IsSubstitute.ShouldBeFalse();
        found.Files.ShouldBe([Path.Combine(dir.Path, "data", "mnist", "t10k-images-idx3-ubyte"), Path.Combine(dir.Path, "data", "mnist", "t10k-labels-idx1-ubyte")]);
        DatasetLoader.LoadImages(found).Name.ShouldBe("MNIST test (3)");
    }

    [Fact]
    public void FindLocal_EnvironmentVariable_IsTheFallbackAndAnExplicitDirectoryWins()
    {
        using var dir = new TempDirectory();
        WriteMnistTest(dir, "from-env");
        WriteMnistTest(dir, "explicit");
        var options = Isolated(dir);
        options.ReadEnvironment = name => name == "HESSIAN_DATA_DIR" ? Path.Combine(dir.Path, "from-env") : null;

        new DataLocator(options).FindLocal(DatasetCatalog.Mnist, DataSplit.Test)!.Directory.ShouldBe(Path.Combine(dir.Path, "from-env", "mnist"));
        options.Directory = Path.Combine(dir.Path, "explicit");
        new DataLocator(options).FindLocal(DatasetCatalog.Mnist, DataSplit.Test)!.Directory.ShouldBe(Path.Combine(dir.Path, "explicit", "mnist"));
    }

    [Fact]
    public void FindLocal_SystemRootAndDataDirectory_PrefersTheDataDirectory()
    {
        using var dir = new TempDirectory();
        WriteMnistTest(dir, "system", "fashion-mnist");
        var options = Isolated(dir, Path.Combine(dir.Path, "data"));
        options.SystemRoots = [Path.Combine(dir.Path, "system")];

        var fromSystem = new DataLocator(options).FindLocal(DatasetCatalog.FashionMnist, DataSplit.Test)!;
        fromSystem.Source.ShouldBe(DataSourceKind.SystemLocation);
        new DataLocator(options).FindLocal(DatasetCatalog.Mnist, DataSplit.Test).ShouldBeNull(); // FashionMNIST files are not MNIST

        WriteMnistTest(dir, "data", "fashion-mnist");
        new DataLocator(options).FindLocal(DatasetCatalog.FashionMnist, DataSplit.Test)!.Source.ShouldBe(DataSourceKind.DataDirectory);
    }

    [Fact]
    public async Task ResolveAsync_OnlyTestSplitAndSubstitutionAllowed_UsesItAndSaysSo()
    {
        using var dir = new TempDirectory();
        WriteMnistTest(dir, "data");
        var locator = new DataLocator(Isolated(dir, Path.Combine(dir.Path, "data")));

        DataResolution found = await locator.ResolveAsync(DatasetKind.Mnist, DataSplit.Train, allowTestAsTrain: true, TestContext.Current.CancellationToken);

        found.RequestedSplit.ShouldBe(DataSplit.Train);
        found.Split.ShouldBe(DataSplit.Test);
        found.IsSubstitute.ShouldBeTrue();
        found.Note.ShouldContain("MNIST training split not found; using the test split");
        DatasetLoader.LoadImages(found).Name.ShouldBe("MNIST test (3) as training data");
    }

    [Fact]
    public async Task ResolveAsync_NothingAndNoDownloads_SaysWhichFilesToPutWhere()
    {
        using var dir = new TempDirectory();
        string data = Path.Combine(dir.Path, "data");
        var locator = new DataLocator(Isolated(dir, data));

        var error = await Should.ThrowAsync<DataNotFoundException>(
            () => locator.ResolveAsync(DatasetKind.Mnist, DataSplit.Train, cancellationToken: TestContext.Current.CancellationToken));

        error.Dataset.ShouldBe(DatasetKind.Mnist);
        error.Message.ShouldBe(
            $"MNIST training split not found. Put train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz (gzip or uncompressed without .gz) in {Path.Combine(data, "mnist")}. "
            + "Downloads are disabled (Data:AllowDownload = false).");
    }

    [Fact]
    public async Task ResolveAsync_NoDataDirectory_AdviceNamesTheOptions()
    {
        using var dir = new TempDirectory();
        var locator = new DataLocator(Isolated(dir));

        var error = await Should.ThrowAsync<DataNotFoundException>(
            () => locator.ResolveAsync(DatasetKind.Cifar10, DataSplit.Test, cancellationToken: TestContext.Current.CancellationToken));

        error.Message.ShouldContain("Put test_batch.bin in <data-dir>/cifar10 and pass --data-dir <data-dir>, set Data:Directory or HESSIAN_DATA_DIR.");
    }

    [Fact]
    public async Task ResolveAsync_DownloadChecksumMismatch_ReportsItAndKeepsNothing()
    {
        using var dir = new TempDirectory();
        var options = Isolated(dir);
        options.AllowDownload = true;
        using var handler = new FakeHttpHandler().Serve(DatasetCatalog.TinyShakespeare.Downloads[0].Urls[0], "not shakespeare"u8.ToArray());
        var locator = new DataLocator(options, handler.Client());

        var error = await Should.ThrowAsync<DataNotFoundException>(
            () => locator.ResolveAsync(DatasetKind.TinyShakespeare, DataSplit.Train, cancellationToken: TestContext.Current.CancellationToken));

        error.Message.ShouldContain("Put input.txt in <data-dir>/tinyshakespeare");
        error.Message.ShouldContain("checksum mismatch: expected MD5 6fb458f1232090904fb40fe944165e91");
        Directory.EnumerateFiles(options.DownloadDirectory!, "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task ResolveAsync_DownloadOfTheRealFile_SavesItThenFindsItInTheCache()
    {
        byte[] real = await File.ReadAllBytesAsync(SharedData.Require("tinyshakespeare/input.txt"), TestContext.Current.CancellationToken);
        using var dir = new TempDirectory();
        var options = Isolated(dir);
        options.AllowDownload = true;
        using var handler = new FakeHttpHandler().Serve(DatasetCatalog.TinyShakespeare.Downloads[0].Urls[0], real);
        var locator = new DataLocator(options, handler.Client());

        DataResolution downloaded = await locator.ResolveAsync(DatasetKind.TinyShakespeare, DataSplit.Train, cancellationToken: TestContext.Current.CancellationToken);
        DataResolution cached = await locator.ResolveAsync(DatasetKind.TinyShakespeare, DataSplit.Train, cancellationToken: TestContext.Current.CancellationToken);

        downloaded.Source.ShouldBe(DataSourceKind.Downloaded);
        downloaded.Files.ShouldBe([Path.Combine(options.DownloadDirectory!, "tinyshakespeare", "input.txt")]);
        cached.Source.ShouldBe(DataSourceKind.DownloadCache);
        handler.Requests.Count.ShouldBe(1);
        DatasetLoader.LoadCorpus(cached).VocabularySize.ShouldBe(65);
    }
}
