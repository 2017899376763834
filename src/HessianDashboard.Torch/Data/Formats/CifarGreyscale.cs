namespace HessianDashboard.Torch.Data.Formats;

/// <summary>
/// The thesis' CIFAR-10 preprocessing, exactly as torchvision's <c>Grayscale()</c> then <c>Resize(28)</c> do it on PIL
/// images: ITU-R BT.601 luma as Pillow's <c>convert("L")</c> computes it in integers,
/// L = (19595 R + 38470 G + 7471 B + 32768) >> 16 (i.e. 0.299 R + 0.587 G + 0.114 B rounded to nearest, with 16-bit
/// fixed-point weights that sum to 2¹⁶), then <see cref="PilBilinearResize"/> 32 × 32 → 28 × 28, then /255.
/// </summary>
public static class CifarGreyscale
{
    /// <summary>Side of a CIFAR image.</summary>
    public const int InputSide = 32;

    /// <summary>Side of the converted image.</summary>
    public const int OutputSide = 28;

    /// <summary>Pillow's integer BT.601 luma of one RGB pixel.</summary>
    public static byte Luma(byte r, byte g, byte b) => (byte)((19595 * r + 38470 * g + 7471 * b + 0x8000) >> 16);

    /// <summary>
    /// Converts one record's 3072 bytes (R plane, G plane, B plane, each 32 × 32 row-major) to 784 values in [0, 1],
    /// written to <paramref name="destination"/>.
    /// </summary>
    public static void Convert(ReadOnlySpan<byte> planes, Span<float> destination)
    {
        const int plane = InputSide * InputSide;
        if (planes.Length != 3 * plane) throw new ArgumentException($"Expected {3 * plane} bytes, got {planes.Length}.", nameof(planes));
        if (destination.Length != OutputSide * OutputSide)
            throw new ArgumentException($"Expected room for {OutputSide * OutputSide} values.", nameof(destination));
        Span<byte> grey = stackalloc byte[plane];
        for (int i = 0; i < plane; i++) grey[i] = Luma(planes[i], planes[plane + i], planes[2 * plane + i]);
        byte[] small = PilBilinearResize.Resize(grey, InputSide, InputSide, OutputSide, OutputSide);
        for (int i = 0; i < small.Length; i++) destination[i] = small[i] / 255f;
    }
}
