using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Torch.Tests.Data.Location;

public sealed class DatasetDownloaderTests
{
    private static readonly Uri Mirror1 = new("https://mirror-one.invalid/data/file.bin");
    private static readonly Uri Mirror2 = new("https://mirror-two.invalid/data/file.bin");

#pragma warning disable CA5351 // The data sets publish MD5 checksums.
    private static string Md5(byte[] bytes) => Convert.ToHexStringLower(MD5.HashData(bytes));
#pragma warning restore CA5351

    [Fact]
    public async Task DownloadAsync_ChecksumMatches_SavesTheFileAndLeavesNoTemporaries()
    {
        using var dir = new TempDirectory();
        byte[] bytes = [1, 2, 3, 4, 5];
        using var handler = new FakeHttpHandler().Serve(Mirror1, bytes);
        var source = new DownloadSource("file.bin", Md5(bytes), [Mirror1]);

        var paths = await new DatasetDownloader(handler.Client()).DownloadAsync(source, dir.Path, TestContext.Current.CancellationToken);

        paths.ShouldBe([Path.Combine(dir.Path, "file.bin")]);
        (await File.ReadAllBytesAsync(paths[0], TestContext.Current.CancellationToken)).ShouldBe(bytes);
        Directory.GetFiles(dir.Path).Length.ShouldBe(1);
    }

    [Fact]
    public async Task DownloadAsync_ChecksumMismatch_ThrowsAndWritesNothing()
    {
        using var dir = new TempDirectory();
        using var handler = new FakeHttpHandler().Serve(Mirror1, [9, 9, 9]);
        var source = new DownloadSource("file.bin", "00000000000000000000000000000000", [Mirror1]);

        var error = await Should.ThrowAsync<DataDownloadException>(
            () => new DatasetDownloader(handler.Client()).DownloadAsync(source, dir.Path, TestContext.Current.CancellationToken));

        error.Url.ShouldBe(Mirror1);
        error.Message.ShouldContain($"checksum mismatch: expected MD5 00000000000000000000000000000000, got {Md5([9, 9, 9])}");
        Directory.GetFiles(dir.Path).ShouldBeEmpty();
    }

    [Fact]
    public async Task DownloadAsync_FirstMirrorMissing_UsesTheSecond()
    {
        using var dir = new TempDirectory();
        byte[] bytes = [7, 7];
        using var handler = new FakeHttpHandler().Serve(Mirror2, bytes);
        var source = new DownloadSource("file.bin", Md5(bytes), [Mirror1, Mirror2]);

        await new DatasetDownloader(handler.Client()).DownloadAsync(source, dir.Path, TestContext.Current.CancellationToken);

        handler.Requests.ShouldBe([Mirror1, Mirror2]);
        File.Exists(Path.Combine(dir.Path, "file.bin")).ShouldBeTrue();
    }

    [Fact]
    public async Task DownloadAsync_EveryMirrorFails_ListsEachReason()
    {
        using var dir = new TempDirectory();
        using var handler = new FakeHttpHandler();
        var source = new DownloadSource("file.bin", Md5([1]), [Mirror1, Mirror2]);

        var error = await Should.ThrowAsync<DataDownloadException>(
            () => new DatasetDownloader(handler.Client()).DownloadAsync(source, dir.Path, TestContext.Current.CancellationToken));

        error.Message.ShouldContain("every mirror failed");
        error.Message.ShouldContain($"{Mirror2}: the server answered 404 Not Found");
    }

    [Fact]
    public async Task DownloadAsync_TarGzArchive_ExtractsTheNamedMembersAndDeletesTheArchive()
    {
        using var dir = new TempDirectory();
        byte[] archive = TarGz(("cifar-10-batches-bin/test_batch.bin", [1, 2]), ("cifar-10-batches-bin/readme.html", [3]), ("cifar-10-batches-bin/data_batch_1.bin", [4]));
        using var handler = new FakeHttpHandler().Serve(Mirror1, archive);
        var source = new DownloadSource("archive.tar.gz", Md5(archive), [Mirror1], ["data_batch_1.bin", "test_batch.bin"]);

        var paths = await new DatasetDownloader(handler.Client()).DownloadAsync(source, dir.Path, TestContext.Current.CancellationToken);

        paths.ShouldBe([Path.Combine(dir.Path, "data_batch_1.bin"), Path.Combine(dir.Path, "test_batch.bin")]);
        (await File.ReadAllBytesAsync(paths[1], TestContext.Current.CancellationToken)).ShouldBe([1, 2]);
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order().ShouldBe(["data_batch_1.bin", "test_batch.bin"]);
    }

    [Fact]
    public async Task DownloadAsync_ArchiveLacksAMember_Throws()
    {
        using var dir = new TempDirectory();
        byte[] archive = TarGz(("x/test_batch.bin", [1]));
        using var handler = new FakeHttpHandler().Serve(Mirror1, archive);
        var source = new DownloadSource("archive.tar.gz", Md5(archive), [Mirror1], ["data_batch_1.bin", "test_batch.bin"]);

        (await Should.ThrowAsync<DataDownloadException>(
            () => new DatasetDownloader(handler.Client()).DownloadAsync(source, dir.Path, TestContext.Current.CancellationToken)))
            .Message.ShouldContain("the archive lacks data_batch_1.bin");
    }

    internal static byte[] TarGz(params (string Name, byte[] Bytes)[] entries)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax))
        {
            foreach (var (name, bytes) in entries)
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(bytes) });
        }
        return output.ToArray();
    }
}
