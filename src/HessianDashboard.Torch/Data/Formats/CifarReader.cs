namespace HessianDashboard.Torch.Data.Formats;

/// <summary>
/// Reads CIFAR-10 binary batches (<c>data_batch_1.bin</c> … <c>data_batch_5.bin</c>, <c>test_batch.bin</c>): records of
/// 1 label byte (0–9) + 3072 pixel bytes (R, G, B planes of 32 × 32, row-major), 10,000 records per real batch.
/// Every image is converted to grey 28 × 28 by <see cref="CifarGreyscale"/>.
/// </summary>
public static class CifarReader
{
    /// <summary>Bytes per record: 1 label + 3 × 1024 pixels.</summary>
    public const int RecordLength = 1 + 3 * 1024;

    /// <summary>
    /// Reads the batches in order into one set of 784-feature grey images (pixel/255), stopping after
    /// <see cref="ImageLoadOptions.Limit"/> samples when given. Files may be raw or gzip.
    /// </summary>
    /// <exception cref="DatasetFormatException">A file's length is not a positive multiple of 3073 or a label is ≥ 10.</exception>
    public static ImageDataset Load(IReadOnlyList<string> batchPaths, string name, ImageLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(batchPaths);
        if (batchPaths.Count == 0) throw new ArgumentException("At least one CIFAR-10 batch file is needed.", nameof(batchPaths));
        options ??= ImageLoadOptions.Default;
        int limit = options.Limit ?? int.MaxValue;
        const int features = CifarGreyscale.OutputSide * CifarGreyscale.OutputSide;
        var pixels = new List<float>();
        var labels = new List<int>();
        foreach (string path in batchPaths)
        {
            if (labels.Count >= limit) break;
            byte[] bytes = DataFileBytes.Read(path);
            if (bytes.Length == 0 || bytes.Length % RecordLength != 0)
                throw new DatasetFormatException(path, $"length {bytes.Length} bytes is not a positive multiple of the {RecordLength}-byte record (1 label + 3072 pixels); {bytes.Length % RecordLength} bytes left over after {bytes.Length / RecordLength} records");
            int records = bytes.Length / RecordLength;
            float[] image = new float[features];
            for (int r = 0; r < records && labels.Count < limit; r++)
            {
                int offset = r * RecordLength;
                byte label = bytes[offset];
                if (label >= 10)
                    throw new DatasetFormatException(path, $"label {label} of record {r} (byte offset {offset}) is out of range 0..9");
                CifarGreyscale.Convert(bytes.AsSpan(offset + 1, RecordLength - 1), image);
                labels.Add(label);
                pixels.AddRange(image);
            }
        }
        var dataset = new ImageDataset(name, [.. pixels], [.. labels], features, Classes: 10);
        return options.Standardize ? dataset.Standardize() : dataset;
    }
}
