using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace HessianDashboard.Experiments.Jobs.Store;

/// <summary>
/// The bytes of an import before they are JSON: read with a size bound, and when they do not parse, a sentence saying
/// why (empty, binary, compressed, not an object, cut short, nested too deep, or a syntax error and where).
/// </summary>
internal static class RunExportInput
{
    private const int ChunkSize = 81_920;

    /// <summary>Reads all of <paramref name="stream"/>, or stops (returning false) once it holds more than <paramref name="maxBytes"/>.</summary>
    public static bool TryReadBounded(Stream stream, long maxBytes, out ArraySegment<byte> bytes)
    {
        using var buffer = NewBuffer(stream, maxBytes);
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes) { bytes = default; return false; }
            buffer.Write(chunk, 0, read);
        }
        bytes = new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        return true;
    }

    /// <summary>The asynchronous <see cref="TryReadBounded"/> (for request bodies and browser uploads, which only read asynchronously).</summary>
    public static async Task<ArraySegment<byte>?> ReadBoundedAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = NewBuffer(stream, maxBytes);
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static MemoryStream NewBuffer(Stream stream, long maxBytes)
    {
        long known = stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) : 0;
        return new MemoryStream((int)Math.Min(Math.Min(known, maxBytes) + 1, int.MaxValue));
    }

    /// <summary>"256 MiB", "100 KiB", "17 bytes".</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 20 when bytes % (1L << 20) == 0 => $"{bytes >> 20} MiB",
        >= 1L << 10 when bytes % (1L << 10) == 0 => $"{bytes >> 10} KiB",
        _ => $"{bytes} bytes",
    };

    /// <summary>The JSON after a UTF-8 byte-order mark, if there is one.</summary>
    public static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> bytes) =>
        bytes.Span.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;

    /// <summary>Null when the first significant byte opens a JSON object; otherwise what the file is instead.</summary>
    public static string? CheckStart(ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        if (bytes.Length == 0) return "The file is empty; choose a run export (.json) written by Export on a run's page.";
        if (i == bytes.Length) return "The file holds only white space, not a run export; choose the .json written by Export on a run's page.";
        if (bytes[i] == (byte)'{') return null;
        if (bytes is [0x1F, 0x8B, ..] || bytes.StartsWith("PK\u0003\u0004"u8))
            return "The file is compressed (gzip or zip); unpack it and import the .json inside.";
        if (LooksBinary(bytes))
            return "The file is binary, not JSON text; a run export is the .json file written by Export on a run's page.";
        if (bytes[i] == (byte)'[') return "The file holds a JSON array; a run export is one JSON object, starting with '{'.";
        string start = Encoding.UTF8.GetString(bytes[i..Math.Min(bytes.Length, i + 20)]).Split('\n')[0];
        return $"A run export is a JSON object, starting with '{{'; this file starts with \"{start}\".";
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 4096)];
        foreach (byte b in head)
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0C)) return true;
        for (int cut = 0; cut <= 3 && cut < head.Length; cut++) // the 4 KiB may end inside a character
            if (Utf8.IsValid(head[..^cut])) return false;
        return true;
    }

    /// <summary>Why <paramref name="json"/> (which starts with '{') does not parse: cut short, nested too deep, or a syntax error and where.</summary>
    public static string DescribeParseFailure(ReadOnlySpan<byte> json, int maxDepth)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { MaxDepth = int.MaxValue }));
        try
        {
            while (reader.Read())
                if (reader.CurrentDepth >= maxDepth)
                    return $"The JSON nests more than {maxDepth} levels deep; a run export needs about a dozen, so this file is not one.";
        }
        catch (JsonException ex)
        {
            string reason = ex.Message;
            int cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut >= 0) reason = reason[..cut];
            return $"The file is not valid JSON at line {ex.LineNumber + 1}, character {ex.BytePositionInLine + 1}: {reason.Trim()} " +
                "Export the run again rather than editing the file.";
        }
        return $"The file ends in the middle of its JSON (after {Size(json.Length)}): it was cut short, e.g. by an interrupted download. Export the run again.";
    }
}
