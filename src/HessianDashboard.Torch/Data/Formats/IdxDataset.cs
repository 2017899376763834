namespace HessianDashboard.Torch.Data.Formats;

/// <summary>Loads an MNIST-style pair of IDX files (images + labels) into an <see cref="ImageDataset"/> of pixel/255 values.</summary>
public static class IdxDataset
{
    /// <summary>
    /// Reads <paramref name="imagesPath"/> and <paramref name="labelsPath"/> (each raw or gzip), checks that they hold the
    /// same number of samples and that labels are below 10, and flattens every image row-major to Rows × Columns values.
    /// </summary>
    /// <exception cref="DatasetFormatException">Either file is malformed, or the counts disagree.</exception>
    public static ImageDataset Load(string imagesPath, string labelsPath, string name, ImageLoadOptions? options = null)
    {
        const int classes = 10;
        IdxImages images = IdxReader.ReadImages(imagesPath);
        byte[] labels = IdxReader.ReadLabels(labelsPath, classes);
        if (labels.Length != images.Count)
            throw new DatasetFormatException(labelsPath, $"{labels.Length} labels but the images file '{imagesPath}' holds {images.Count} images; expected the same count");
        options ??= ImageLoadOptions.Default;
        int count = Math.Min(options.Limit ?? images.Count, images.Count);
        int features = images.PixelsPerImage;
        float[] pixels = new float[count * features];
        for (int i = 0; i < pixels.Length; i++) pixels[i] = images.Pixels[i] / 255f;
        int[] labelValues = new int[count];
        for (int i = 0; i < count; i++) labelValues[i] = labels[i];
        return options.Apply(new ImageDataset(name, pixels, labelValues, features, classes));
    }
}
