using HessianDashboard.Torch.Data;
using HessianDashboard.Torch.Data.Formats;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Torch.Tests.Data.Formats;

public sealed class CifarReaderTests
{
    [Theory]
    [InlineData(255, 255, 255, 255)]
    [InlineData(255, 0, 0, 76)]    // 0.299·255 = 76.245
    [InlineData(0, 255, 0, 150)]   // 0.587·255 = 149.685
    [InlineData(0, 0, 255, 29)]    // 0.114·255 = 29.07
    [InlineData(10, 20, 30, 18)]   // 2.99 + 11.74 + 3.42 = 18.15
    [InlineData(0, 0, 0, 0)]
    public void Luma_Bt601_RoundsLikePillow(byte r, byte g, byte b, byte expected) =>
        CifarGreyscale.Luma(r, g, b).ShouldBe(expected);

    [Fact]
    public void Luma_AllGreys_AreFixedPointsAndRandomColoursRoundToNearest()
    {
        for (int v = 0; v < 256; v++) CifarGreyscale.Luma((byte)v, (byte)v, (byte)v).ShouldBe((byte)v);
        var random = new Random(3);
        for (int i = 0; i < 10_000; i++)
        {
            byte r = (byte)random.Next(256), g = (byte)random.Next(256), b = (byte)random.Next(256);
            // 16-bit weights differ from 0.299/0.587/0.114 by < 1e-5 each, so the rounding error is ≤ ½ + 3·255·1e-5.
            ((double)CifarGreyscale.Luma(r, g, b)).ShouldBe(0.299 * r + 0.587 * g + 0.114 * b, 0.51);
        }
    }

    [Fact]
    public void Load_TwoBatches_ConcatenatesGreyRecordsInPlaneOrder()
    {
        using var dir = new TempDirectory();
        string first = DataFiles.Write(dir.File("data_batch_1.bin"), [.. DataFiles.CifarRecord(3, 255, 0, 0), .. DataFiles.CifarRecord(9, 0, 255, 0)]);
        string second = DataFiles.Write(dir.File("data_batch_2.bin"), DataFiles.Gzip(DataFiles.CifarRecord(0, 0, 0, 255)));

        ImageDataset set = CifarReader.Load([first, second], "CIFAR-10");

        set.Count.ShouldBe(3);
        set.Features.ShouldBe(784);
        set.Labels.ShouldBe([3, 9, 0]);
        set.Sample(0).ToArray().ShouldAllBe(p => p == 76 / 255f);
        set.Sample(1).ToArray().ShouldAllBe(p => p == 150 / 255f);
        set.Sample(2).ToArray().ShouldAllBe(p => p == 29 / 255f);
        CifarReader.Load([first, second], "CIFAR-10", new ImageLoadOptions(Limit: 2)).Labels.ShouldBe([3, 9]);
    }

    [Fact]
    public void Convert_GradientRecord_EqualsLumaThenPillowResize()
    {
        byte[] planes = new byte[3072];
        for (int i = 0; i < 1024; i++)
        {
            planes[i] = (byte)(i % 32 * 8);
            planes[1024 + i] = (byte)(i / 32 * 8);
            planes[2048 + i] = (byte)(255 - i % 251);
        }
        byte[] grey = [.. Enumerable.Range(0, 1024).Select(i => CifarGreyscale.Luma(planes[i], planes[1024 + i], planes[2048 + i]))];
        byte[] expected = PilBilinearResize.Resize(grey, 32, 32, 28, 28);
        float[] result = new float[784];

        CifarGreyscale.Convert(planes, result);

        for (int i = 0; i < 784; i++) result[i].ShouldBe(expected[i] / 255f);
    }

    [Theory]
    [InlineData(0, "length 0 bytes is not a positive multiple of the 3073-byte record")]
    [InlineData(3073 * 2 + 5, "length 6151 bytes is not a positive multiple of the 3073-byte record (1 label + 3072 pixels); 5 bytes left over after 2 records")]
    [InlineData(3072, "left over after 0 records")]
    public void Load_LengthNotMultipleOf3073_Throws(int length, string expected)
    {
        using var dir = new TempDirectory();
        string path = DataFiles.Write(dir.File("test_batch.bin"), new byte[length]);

        var error = Should.Throw<DatasetFormatException>(() => CifarReader.Load([path], "CIFAR-10"));

        error.Path.ShouldBe(path);
        error.Detail.ShouldContain(expected);
    }

    [Fact]
    public void Load_LabelOutOfRange_ThrowsNamingRecordAndOffset()
    {
        using var dir = new TempDirectory();
        string path = DataFiles.Write(dir.File("test_batch.bin"), [.. DataFiles.CifarRecord(1, 0, 0, 0), .. DataFiles.CifarRecord(10, 0, 0, 0)]);

        Should.Throw<DatasetFormatException>(() => CifarReader.Load([path], "CIFAR-10"))
            .Detail.ShouldBe("label 10 of record 1 (byte offset 3073) is out of range 0..9");
    }
}
