using HessianDashboard.Torch.Data;
using HessianDashboard.Torch.Data.Formats;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Torch.Tests.Data.Formats;

public sealed class IdxDatasetTests
{
    [Fact]
    public void Load_GeneratedPair_FlattensPixelsOver255AndKeepsLabels()
    {
        using var dir = new TempDirectory();
        byte[] images = DataFiles.Images(5);
        string imagesPath = DataFiles.Write(dir.File("images.gz"), DataFiles.Gzip(images));
        string labelsPath = DataFiles.Write(dir.File("labels"), DataFiles.Labels(5));

        ImageDataset set = IdxDataset.Load(imagesPath, labelsPath, "gen");

        set.Count.ShouldBe(5);
        set.Features.ShouldBe(784);
        set.Classes.ShouldBe(10);
        set.Standardized.ShouldBeFalse();
        set.Labels.ShouldBe([0, 1, 2, 3, 4]);
        for (int i = 0; i < set.Pixels.Length; i++) set.Pixels[i].ShouldBe(images[16 + i] / 255f);
        set.Sample(2)[3].ShouldBe(images[16 + 2 * 784 + 3] / 255f);
    }

    [Fact]
    public void Load_CountsDisagree_ThrowsNamingBothCounts()
    {
        using var dir = new TempDirectory();
        string imagesPath = DataFiles.Write(dir.File("images"), DataFiles.Images(4));
        string labelsPath = DataFiles.Write(dir.File("labels"), DataFiles.Labels(3));

        var error = Should.Throw<DatasetFormatException>(() => IdxDataset.Load(imagesPath, labelsPath, "gen"));

        error.Path.ShouldBe(labelsPath);
        error.Detail.ShouldBe($"3 labels but the images file '{imagesPath}' holds 4 images; expected the same count");
    }

    [Fact]
    public void Load_WithLimit_KeepsTheFirstSamples()
    {
        using var dir = new TempDirectory();
        string imagesPath = DataFiles.Write(dir.File("images"), DataFiles.Images(6));
        string labelsPath = DataFiles.Write(dir.File("labels"), DataFiles.Labels(6));

        ImageDataset all = IdxDataset.Load(imagesPath, labelsPath, "gen");
        ImageDataset first = IdxDataset.Load(imagesPath, labelsPath, "gen", new ImageLoadOptions(Limit: 4));

        first.Count.ShouldBe(4);
        first.Labels.ShouldBe(all.Labels[..4]);
        first.Pixels.ShouldBe(all.Pixels[..(4 * 784)]);
        IdxDataset.Load(imagesPath, labelsPath, "gen", new ImageLoadOptions(Limit: 100)).Count.ShouldBe(6);
    }

    [Fact]
    public void Load_Standardized_HasZeroMeanUnitVarianceAndRecordsShiftAndScale()
    {
        using var dir = new TempDirectory();
        string imagesPath = DataFiles.Write(dir.File("images"), DataFiles.Images(3));
        string labelsPath = DataFiles.Write(dir.File("labels"), DataFiles.Labels(3));
        ImageDataset raw = IdxDataset.Load(imagesPath, labelsPath, "gen");

        ImageDataset set = IdxDataset.Load(imagesPath, labelsPath, "gen", new ImageLoadOptions(Standardize: true));

        set.Standardized.ShouldBeTrue();
        double mean = set.Pixels.Average(p => (double)p);
        double variance = set.Pixels.Average(p => ((double)p - mean) * ((double)p - mean));
        mean.ShouldBe(0, 1e-6);
        variance.ShouldBe(1, 1e-5);
        set.Shift.ShouldBe(raw.Pixels.Average(p => (double)p), 1e-9);
        for (int i = 0; i < set.Pixels.Length; i += 97)
            ((double)set.Pixels[i]).ShouldBe((raw.Pixels[i] - set.Shift) / set.Scale, 1e-6);
        set.Standardize().ShouldBeSameAs(set);
    }
}
