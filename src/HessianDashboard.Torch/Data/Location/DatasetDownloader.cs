using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;

namespace HessianDashboard.Torch.Data.Location;

/// <summary>
/// Downloads a <see cref="DownloadSource"/> into a folder: streams it to a temporary file beside the target while
/// hashing it, checks the MD5, then moves it into place (a reader never sees a partial file). An archive
/// (.tar.gz) is verified, then its members are extracted the same way and the archive is deleted.
/// </summary>
/// <param name="http">The client; tests pass one over a fake handler, so they never touch the network.</param>
public sealed class DatasetDownloader(HttpClient http)
{
    /// <summary>Downloads <paramref name="source"/> into <paramref name="folder"/>, trying its mirrors in order.</summary>
    /// <returns>The paths of the files provided.</returns>
    /// <exception cref="DataDownloadException">Every mirror failed; the message has each mirror's reason.</exception>
    public async Task<IReadOnlyList<string>> DownloadAsync(DownloadSource source, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        Directory.CreateDirectory(folder);
        var failures = new List<DataDownloadException>();
        foreach (Uri url in source.Urls)
        {
            string temp = Path.Combine(folder, $".{source.FileName}.{Guid.NewGuid():N}.part");
            try
            {
                await DownloadVerifiedAsync(url, source.Md5, temp, cancellationToken);
                if (source.ArchiveMembers is null)
                {
                    string target = Path.Combine(folder, source.FileName);
                    File.Move(temp, target, overwrite: true);
                    return [target];
                }
                return await ExtractAsync(url, temp, source.ArchiveMembers, folder, cancellationToken);
            }
            catch (DataDownloadException e)
            {
                failures.Add(e);
            }
            finally
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
        }
        if (failures.Count == 1) throw failures[0];
        throw new DataDownloadException(source.Urls[0], $"every mirror failed: {string.Join("; ", failures.Select(f => f.Message))}", new AggregateException(failures));
    }

    private async Task DownloadVerifiedAsync(Uri url, string md5, string temp, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new DataDownloadException(url, $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
            // MD5 is what the data sets' authors publish; it guards against corruption, not tampering.
#pragma warning disable CA5351
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
#pragma warning restore CA5351
            await using (var body = await response.Content.ReadAsStreamAsync(cancellationToken))
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                byte[] buffer = new byte[1 << 16];
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
            string found = Convert.ToHexStringLower(hash.GetHashAndReset());
            if (!string.Equals(found, md5, StringComparison.OrdinalIgnoreCase))
                throw new DataDownloadException(url, $"checksum mismatch: expected MD5 {md5}, got {found}; the file was discarded");
        }
        catch (HttpRequestException e)
        {
            throw new DataDownloadException(url, $"could not download ({e.Message})", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DataDownloadException(url, "the download timed out", e);
        }
    }

    private static async Task<IReadOnlyList<string>> ExtractAsync(
        Uri url, string archive, IReadOnlyList<string> members, string folder, CancellationToken cancellationToken)
    {
        var extracted = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            await using var gzip = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress);
            await using var tar = new TarReader(gzip);
            while (await tar.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
            {
                string name = Path.GetFileName(entry.Name);
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || !members.Contains(name)) continue;
                string target = Path.Combine(folder, name);
                string temp = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.part");
                await entry.ExtractToFileAsync(temp, overwrite: false, cancellationToken);
                File.Move(temp, target, overwrite: true);
                extracted[name] = target;
            }
        }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            throw new DataDownloadException(url, $"the archive could not be read ({e.Message})", e);
        }
        string[] missing = [.. members.Where(m => !extracted.ContainsKey(m))];
        if (missing.Length > 0)
            throw new DataDownloadException(url, $"the archive lacks {string.Join(", ", missing)}");
        return [.. members.Select(m => extracted[m])];
    }
}
