using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Web.Components.Chapter4.ExactVsLanczos;

namespace HessianDashboard.Web.Tests.Components.Chapter4;

/// <summary>The availability hints of the exact-vs-Lanczos form on a data directory the test builds.</summary>
public sealed class DatasetAvailabilityTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hessian-availability-").FullName;

    private DataLocator Locator(bool download = false) =>
        new(new DataOptions { Directory = _root, AllowDownload = download, SystemRoots = [], ReadEnvironment = _ => null, DownloadDirectory = Path.Combine(_root, "downloads") });

    private void Put(string folder, params string[] files)
    {
        Directory.CreateDirectory(Path.Combine(_root, folder));
        foreach (string file in files) File.WriteAllBytes(Path.Combine(_root, folder, file), [0]);
    }

    [Fact]
    public void Of_TestSplitOnly_SaysItStandsInForTraining()
    {
        Put("mnist", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");

        var mnist = DatasetAvailability.Of(Locator(), skipMissing: true).Single(a => a.Id == "mnist");

        mnist.Usable.ShouldBeTrue();
        mnist.Hint.ShouldBe("only the test split (in the data directory): it stands in for the training split, and the result says so");
        mnist.Advice.ShouldNotBeNull().ShouldContain("train-images-idx3-ubyte.gz");
    }

    [Fact]
    public void Of_Complete_SaysAvailableWithoutAdvice()
    {
        Put("fashion-mnist", "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");

        var fashion = DatasetAvailability.Of(Locator(), skipMissing: true).Single(a => a.Id == "fashion-mnist");

        fashion.Hint.ShouldBe("available (in the data directory)");
        fashion.Advice.ShouldBeNull();
    }

    [Theory]
    [InlineData(true, false, "missing on this server: the run skips it (see the data page for what to put where)")]
    [InlineData(false, false, "missing on this server: the run fails when it reaches it (tick \"skip missing data sets\" to skip it)")]
    [InlineData(true, true, "not on this server: downloaded from the canonical source when the run needs it")]
    public void Of_Missing_SaysWhatTheRunWillDo(bool skip, bool download, string hint)
    {
        var cifar = DatasetAvailability.Of(Locator(download), skip).Single(a => a.Id == "cifar10");

        cifar.Usable.ShouldBeFalse();
        cifar.Hint.ShouldBe(hint);
        cifar.Advice.ShouldNotBeNull().ShouldContain("data_batch_1.bin");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
