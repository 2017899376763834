using System.IO.Compression;

namespace HessianDashboard.Torch.Data.Formats;

/// <summary>
/// Reads a data file whole, gunzipping it when it starts with the gzip magic bytes 1f 8b
/// (the content decides, not the extension: "x.gz" may be raw and "x" may be gzip).
/// </summary>
public static class DataFileBytes
{
    /// <summary>True when <paramref name="head"/> starts with the gzip magic 1f 8b.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1f && head[1] == 0x8b;

    /// <summary>The file's (decompressed) content.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DatasetFormatException">The gzip stream is corrupt or truncated.</exception>
    public static byte[] Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"Data file '{path}' does not exist.", path);
        byte[] raw = File.ReadAllBytes(path);
        if (!IsGzip(raw)) return raw;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(raw, writable: false), CompressionMode.Decompress);
            using var content = new MemoryStream(raw.Length * 4);
            gzip.CopyTo(content);
            return content.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new DatasetFormatException(path, $"the gzip stream is corrupt or truncated ({e.Message})", e);
        }
    }
}
