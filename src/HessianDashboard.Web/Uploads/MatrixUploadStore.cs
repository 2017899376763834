using System.Security.Cryptography;
using System.Text;
using HessianDashboard.Core.IO;
using HessianDashboard.Web.Options;
using HessianDashboard.Web.Security;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Web.Uploads;

/// <summary>
/// Stores uploaded Matrix Market files under <c>{DataDirectory}/uploads/</c> with names the server makes up
/// (a random prefix and the sanitised stem), so a run on the runner can read them later, and parses each on
/// the server to refuse bad files at once with the line at fault. Old uploads are swept when new ones arrive.
/// </summary>
public sealed class MatrixUploadStore(IOptions<LabOptions> options, IHostEnvironment environment, TimeProvider time, ILogger<MatrixUploadStore> logger)
{
    private const int MaxStemLength = 40;

    /// <summary>The largest upload accepted, in bytes.</summary>
    public long MaxBytes => options.Value.MaxUploadBytes;

    /// <summary>The folder uploads are written to (absolute).</summary>
    public string Directory => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.DataDirectory, "uploads"));

    /// <summary>Copies <paramref name="content"/> (at most <see cref="MaxBytes"/>) to a new file and reads it as a symmetric matrix.</summary>
    public async Task<MatrixUploadResult> SaveAsync(Stream content, string clientFileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        System.IO.Directory.CreateDirectory(Directory);
        SweepOldUploads();
        string path = ContainedPath.Resolve(Directory, $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}-{Stem(clientFileName)}.mtx");
        try
        {
            long bytes = await CopyAsync(content, path, cancellationToken);
            if (bytes > MaxBytes) return Refuse(path, $"The file is larger than the limit of {MaxBytes / (1024 * 1024)} MiB.");
            // Parsing is CPU-bound: keep it off the circuit's dispatcher.
            var (n, entries) = await Task.Run(() => Read(path), cancellationToken);
            return MatrixUploadResult.Success(new UploadedMatrix(path, DisplayName(clientFileName), n, entries, bytes));
        }
        catch (MatrixMarketFormatException e)
        {
            return Refuse(path, e.Message, e.LineNumber > 0 ? e.LineNumber : null);
        }
        catch (IOException e)
        {
            return Refuse(path, e.Message);
        }
    }

    private (int N, int Entries) Read(string path)
    {
        var matrix = MatrixMarketReader.ReadFile(path, MaxBytes);
        return (matrix.ToOperator().Dimension, matrix.Entries.Count);
    }

    private async Task<long> CopyAsync(Stream content, string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        return await BoundedCopy.CopyAsync(content, file, MaxBytes, cancellationToken);
    }

    private MatrixUploadResult Refuse(string path, string error, int? line = null)
    {
        TryDelete(path);
        return MatrixUploadResult.Failure(error, line);
    }

    private void SweepOldUploads()
    {
        var cutoff = time.GetUtcNow().UtcDateTime - TimeSpan.FromHours(options.Value.UploadRetentionHours);
        foreach (var file in new DirectoryInfo(Directory).EnumerateFiles("*.mtx"))
            if (file.LastWriteTimeUtc < cutoff) TryDelete(file.FullName);
    }

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Could not delete the upload {Path}.", path);
        }
        catch (UnauthorizedAccessException e)
        {
            logger.LogWarning(e, "Could not delete the upload {Path}.", path);
        }
    }

    /// <summary>The client's name without any folders, for display: "C:\a\b.mtx" and "../b.mtx" both give "b.mtx".</summary>
    internal static string DisplayName(string? clientFileName)
    {
        string leaf = (clientFileName ?? "").Replace('\\', '/').Split('/')[^1].Trim();
        return leaf.Length == 0 ? "matrix.mtx" : leaf.Length > 80 ? leaf[..80] : leaf;
    }

    /// <summary>The stem of the server's file name: letters, digits, '-' and '_' of the client's stem, at most 40 characters.</summary>
    internal static string Stem(string? clientFileName)
    {
        var stem = new StringBuilder();
        foreach (char c in Path.GetFileNameWithoutExtension(DisplayName(clientFileName)))
        {
            if (stem.Length == MaxStemLength) break;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_') stem.Append(c);
            else if (stem.Length > 0 && stem[^1] != '-') stem.Append('-');
        }
        string result = stem.ToString().Trim('-');
        return result.Length == 0 ? "matrix" : result;
    }
}
