using System.Runtime.InteropServices;
using System.Text.Json;

namespace HessianDashboard.Torch.Hessian;

/// <summary>
/// Checkpoint of the rows of H computed so far: raw float64 rows appended to a binary file, and a JSON
/// sidecar written after each block (temp file + rename), so a crash leaves at worst a partial block
/// that the next resume truncates.
/// </summary>
internal sealed class HessianRowFile : IDisposable
{
    private readonly string _path;
    private readonly FileStream _stream;
    private HessianRowFileHeader _header;

    private HessianRowFile(string path, FileStream stream, HessianRowFileHeader header)
    {
        _path = path;
        _stream = stream;
        _header = header;
    }

    public static string SidecarPath(string rowFile) => rowFile + ".json";

    /// <summary>Opens (resuming into <paramref name="matrix"/>) or creates the row file; returns it and the rows already complete.</summary>
    public static HessianRowFile Open(string path, int n, string precision, string fingerprint, double[] matrix, out int rowsComplete)
    {
        var expected = new HessianRowFileHeader(HessianRowFileHeader.CurrentFormat, n, precision, fingerprint, 0);
        rowsComplete = 0;
        string sidecar = SidecarPath(path);
        if (File.Exists(sidecar) && File.Exists(path))
        {
            var found = JsonSerializer.Deserialize<HessianRowFileHeader>(File.ReadAllText(sidecar))
                ?? throw new InvalidDataException($"The row file sidecar '{sidecar}' is empty.");
            string? mismatch =
                found.Format != expected.Format ? $"format '{found.Format}'" :
                found.Dimension != n ? $"dimension n = {found.Dimension} (this operator: {n})" :
                found.Precision != precision ? $"precision {found.Precision} (this operator: {precision})" :
                found.Fingerprint != fingerprint ? $"fingerprint {found.Fingerprint[..Math.Min(12, found.Fingerprint.Length)]}… (this model and batch: {fingerprint[..Math.Min(12, fingerprint.Length)]}…)" :
                null;
            if (mismatch is not null)
                throw new InvalidDataException($"Refusing to resume from '{path}': it was written for a different Hessian ({mismatch}). Delete it or choose another row file.");
            long onDisk = new FileInfo(path).Length / (8L * n);
            rowsComplete = (int)Math.Clamp(Math.Min(found.RowsComplete, onDisk), 0, n);
        }
        else if (File.Exists(path) && new FileInfo(path).Length > 0)
        {
            throw new InvalidDataException($"Refusing to overwrite '{path}': it has data but no sidecar '{sidecar}' saying which Hessian it holds.");
        }
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            stream.Position = 0;
            for (int i = 0; i < rowsComplete; i++) // row by row: the whole prefix may exceed a span's 2³¹ bytes
                stream.ReadExactly(MemoryMarshal.AsBytes(matrix.AsSpan(i * n, n)));
            stream.SetLength((long)rowsComplete * n * 8); // drop a partial block left by an interrupted run
            var file = new HessianRowFile(path, stream, expected with { RowsComplete = rowsComplete });
            file.WriteSidecar();
            return file;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Appends complete rows and records the new count in the sidecar.</summary>
    public void Append(ReadOnlySpan<double> rows, int rowsCompleteAfter)
    {
        _stream.Write(MemoryMarshal.AsBytes(rows));
        _stream.Flush(flushToDisk: true);
        _header = _header with { RowsComplete = rowsCompleteAfter };
        WriteSidecar();
    }

    private void WriteSidecar()
    {
        string sidecar = SidecarPath(_path), temp = sidecar + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(_header));
        File.Move(temp, sidecar, overwrite: true);
    }

    public void Dispose() => _stream.Dispose();
}
