using System.Security.Cryptography;
using HessianDashboard.Torch.Data;
using HessianDashboard.Torch.Data.Formats;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Torch.Tests.Data.Formats;

/// <summary>The real MNIST test set (shared/data) and Debian's FashionMNIST; skipped when absent.</summary>
public sealed class RealImageDataTests
{
    private const string FashionDirectory = "/usr/share/datasets/fashion-mnist";

    [Fact]
    public void Load_MnistTestSet_Has10000ImagesInUnitRangeWithThePublishedLabelCounts()
    {
        string images = SharedData.Require("mnist/t10k-images-idx3-ubyte.gz");
        string labels = SharedData.Require("mnist/t10k-labels-idx1-ubyte.gz");

        ImageDataset set = IdxDataset.Load(images, labels, "MNIST test");

        set.Count.ShouldBe(10_000);
        set.Features.ShouldBe(784);
        set.Pixels.Length.ShouldBe(10_000 * 784);
        set.Pixels.Min().ShouldBe(0f);
        set.Pixels.Max().ShouldBe(1f);
        int[] histogram = new int[10];
        foreach (int label in set.Labels) histogram[label]++;
        histogram.Sum().ShouldBe(10_000);
        // LeCun's published class sizes of the 10k test set.
        histogram.ShouldBe([980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]);
    }

    [Theory]
    [InlineData("mnist/t10k-images-idx3-ubyte.gz", "2646ac647ad5339dbf082846283269ea")]
    [InlineData("mnist/t10k-labels-idx1-ubyte.gz", "27ae3e4e09519cfbb04c329615203637")]
    public void Read_MnistTestFiles_UncompressedContentMatchesTheReadmeMd5(string relative, string md5)
    {
        byte[] content = DataFileBytes.Read(SharedData.Require(relative));

#pragma warning disable CA5351 // A published checksum, not security.
        Convert.ToHexStringLower(MD5.HashData(content)).ShouldBe(md5);
#pragma warning restore CA5351
    }

    [Theory]
    [InlineData("train", 60_000)]
    [InlineData("t10k", 10_000)]
    public void Load_DebianFashionMnist_IsBalancedOverTenClasses(string prefix, int count)
    {
        if (!Directory.Exists(FashionDirectory)) Assert.Skip($"{FashionDirectory} is not installed (apt-get install dataset-fashion-mnist).");

        ImageDataset set = IdxDataset.Load(
            Path.Combine(FashionDirectory, $"{prefix}-images-idx3-ubyte.gz"), Path.Combine(FashionDirectory, $"{prefix}-labels-idx1-ubyte.gz"), "FashionMNIST");

        set.Count.ShouldBe(count);
        set.Features.ShouldBe(784);
        set.Labels.GroupBy(l => l).Select(g => g.Count()).ShouldAllBe(n => n == count / 10);
        set.Pixels.ShouldAllBe(p => p >= 0f && p <= 1f);
    }
}
