using HessianDashboard.Torch.Data;
using HessianDashboard.Torch.Data.Formats;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Torch.Tests.Data.Formats;

public sealed class IdxReaderTests
{
    [Theory]
    [InlineData(false, "images.idx")]
    [InlineData(true, "images.idx.gz")]
    [InlineData(true, "gzip-without-extension")]
    public void ReadImages_RawOrGzipByContent_ReadsHeaderAndPixels(bool gzip, string fileName)
    {
        using var dir = new TempDirectory();
        byte[] raw = DataFiles.Images(3, 4, 5);
        string path = DataFiles.Write(dir.File(fileName), gzip ? DataFiles.Gzip(raw) : raw);

        IdxImages images = IdxReader.ReadImages(path);

        images.Count.ShouldBe(3);
        images.Rows.ShouldBe(4);
        images.Columns.ShouldBe(5);
        images.Pixels.ShouldBe(raw[16..]);
    }

    [Fact]
    public void ReadLabels_RawFileNamedGz_ReadsItByContent()
    {
        using var dir = new TempDirectory();
        string path = DataFiles.Write(dir.File("labels.gz"), DataFiles.Labels(12));

        IdxReader.ReadLabels(path).ShouldBe([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]);
    }

    public static TheoryData<string, byte[], string> MalformedImages => new()
    {
        { "bad magic", [0x01, 0x00, 0x08, 0x03, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0], "magic 0x01000803 is not an IDX magic number; expected 0x00000803" },
        { "wrong dtype", DataFiles.Idx([1, 1, 1], [0], dataType: 0x0D), "data type 0x0D (magic 0x00000D03), expected 0x08 (unsigned byte)" },
        { "labels as images", DataFiles.Labels(2), "1 dimensions (magic 0x00000801), expected 3" },
        { "too short", [0, 0, 8], "the file is truncated: 3 bytes" },
        { "short header", [0, 0, 8, 3, 0, 0, 0, 1], "shorter than the 16-byte header" },
        { "zero count", DataFiles.Idx([0, 28, 28], []), "the image count at byte offset 4 is 0, expected a positive number" },
        { "negative rows", DataFiles.Idx([1, -2, 28], []), "the row count at byte offset 8 is -2" },
        { "truncated data", DataFiles.Images(2, 3, 3)[..^1], "the file is truncated: the header declares 2 images of 3 × 3 (34 bytes) but the content is 33 bytes" },
        { "trailing garbage", [.. DataFiles.Images(2, 3, 3), 1, 2], "2 bytes of trailing data after the 2 images of 3 × 3 declared by the header (expected 34 bytes, found 36)" },
    };

    [Theory]
    [MemberData(nameof(MalformedImages))]
    public void ReadImages_Malformed_ThrowsNamingFileExpectedAndFound(string caseName, byte[] content, string expected)
    {
        using var dir = new TempDirectory();
        string path = DataFiles.Write(dir.File(caseName + ".idx"), content);

        var error = Should.Throw<DatasetFormatException>(() => IdxReader.ReadImages(path));

        error.Path.ShouldBe(path);
        error.Message.ShouldStartWith(path + ": ");
        error.Detail.ShouldContain(expected);
    }

    [Fact]
    public void ReadImages_TruncatedGzip_ThrowsDatasetFormatException()
    {
        using var dir = new TempDirectory();
        byte[] gz = DataFiles.Gzip(DataFiles.Images(20));
        string path = DataFiles.Write(dir.File("cut.gz"), gz[..(gz.Length / 2)]);

        var error = Should.Throw<DatasetFormatException>(() => IdxReader.ReadImages(path));

        error.Path.ShouldBe(path);
        error.Detail.ShouldContain("truncated");
    }

    [Theory]
    [InlineData(new byte[] { 0, 0, 8, 1, 0, 0, 0, 2, 3, 10 }, "label 10 of sample 1 is out of range 0..9")]
    [InlineData(new byte[] { 0, 0, 8, 3, 0, 0, 0, 1 }, "3 dimensions (magic 0x00000803), expected 1 (labels, magic 0x00000801)")]
    [InlineData(new byte[] { 0, 0, 8, 1, 0, 0, 0, 3, 1, 2 }, "the header declares 3 labels (11 bytes) but the content is 10 bytes")]
    public void ReadLabels_Malformed_ThrowsNamingTheProblem(byte[] content, string expected)
    {
        using var dir = new TempDirectory();
        string path = DataFiles.Write(dir.File("labels"), content);

        Should.Throw<DatasetFormatException>(() => IdxReader.ReadLabels(path)).Detail.ShouldContain(expected);
    }

    [Fact]
    public void ReadImages_MissingFile_ThrowsFileNotFound()
    {
        using var dir = new TempDirectory();
        Should.Throw<FileNotFoundException>(() => IdxReader.ReadImages(dir.File("absent")));
    }
}
