using System.Buffers.Binary;
using System.Text;
using System.Text.Json;

namespace HessianDashboard.Torch.Checkpoints;

/// <summary>
/// Writes safetensors: the <c>__metadata__</c> map first, tensors in the given order with contiguous
/// data_offsets, the JSON header padded with spaces to a multiple of 8 bytes (as the reference
/// writer does, so the data buffer is aligned).
/// </summary>
public static class SafetensorsWriter
{
    /// <summary>Writes <paramref name="file"/> to <paramref name="path"/> through a temporary file, so a crash never leaves half a checkpoint.</summary>
    public static void Write(string path, SafetensorsFile file)
    {
        string temporary = path + ".partial";
        File.WriteAllBytes(temporary, ToBytes(file));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The file's bytes.</summary>
    /// <exception cref="ArgumentException">Duplicate names, the reserved name "__metadata__", or a byte count that does not match a shape.</exception>
    public static byte[] ToBytes(SafetensorsFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("safetensors data is little-endian; this writer assumes a little-endian host.");
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("__metadata__");
            foreach (var (key, value) in file.Metadata) json.WriteString(key, value);
            json.WriteEndObject();
            long offset = 0;
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (SafetensorsTensor tensor in file.Tensors)
            {
                if (tensor.Name == "__metadata__" || !names.Add(tensor.Name))
                    throw new ArgumentException($"Tensor name '{tensor.Name}' is reserved or used twice.", nameof(file));
                long bytes = tensor.ElementCount * tensor.DType.Size();
                if (bytes != tensor.Data.Length)
                    throw new ArgumentException($"Tensor '{tensor.Name}' {tensor.ShapeText} needs {bytes} bytes, has {tensor.Data.Length}.", nameof(file));
                json.WriteStartObject(tensor.Name);
                json.WriteString("dtype", tensor.DType.HeaderName());
                json.WriteStartArray("shape");
                foreach (long d in tensor.Shape) json.WriteNumberValue(d);
                json.WriteEndArray();
                json.WriteStartArray("data_offsets");
                json.WriteNumberValue(offset);
                json.WriteNumberValue(offset + bytes);
                json.WriteEndArray();
                json.WriteEndObject();
                offset += bytes;
            }
            json.WriteEndObject();
        }
        int padding = (int)((8 - buffer.Length % 8) % 8);
        byte[] header = [.. buffer.ToArray(), .. Encoding.ASCII.GetBytes(new string(' ', padding))];
        var output = new byte[8 + header.Length + file.Tensors.Sum(t => (long)t.Data.Length)];
        BinaryPrimitives.WriteUInt64LittleEndian(output, (ulong)header.Length);
        header.CopyTo(output, 8);
        int position = 8 + header.Length;
        foreach (SafetensorsTensor tensor in file.Tensors)
        {
            tensor.Data.CopyTo(output, position);
            position += tensor.Data.Length;
        }
        return output;
    }
}
