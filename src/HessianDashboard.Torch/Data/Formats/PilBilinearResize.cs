namespace HessianDashboard.Torch.Data.Formats;

/// <summary>
/// Pillow's antialiased bilinear resize of an 8-bit grey image (<c>Image.resize(size, BILINEAR)</c>, which is what
/// torchvision's <c>Resize</c> runs on a PIL image), reproduced bit for bit from Pillow's <c>Resample.c</c>.
/// Per axis with scale s = in/out and support r = max(s, 1): output pixel x has centre c = (x + ½)·s, taps
/// j = ⌊c − r + ½⌋₊ … min(⌊c + r + ½⌋, in) − 1 (C truncation), weights w_j = max(0, 1 − |(j − c + ½)/max(s, 1)|)
/// normalised to sum 1, then rounded to 22-bit fixed point k_j = ⌊w_j·2²² + ½⌋. A pass computes
/// clamp((2²¹ + Σ k_j p_j) >> 22, 0, 255); the horizontal pass runs first into an 8-bit image, then the vertical pass.
/// </summary>
/// <remarks>For 32 → 28 (s = 8/7) output 0 takes input 0 and 1 with weights 5/6 and 1/6.</remarks>
public static class PilBilinearResize
{
    private const int PrecisionBits = 32 - 8 - 2;

    /// <summary>Resizes <paramref name="source"/> (inHeight × inWidth, row-major) to outHeight × outWidth.</summary>
    public static byte[] Resize(ReadOnlySpan<byte> source, int inWidth, int inHeight, int outWidth, int outHeight)
    {
        if (source.Length != inWidth * inHeight)
            throw new ArgumentException($"Expected {inWidth * inHeight} pixels, got {source.Length}.", nameof(source));
        var horizontal = Coefficients(inWidth, outWidth);
        var vertical = Coefficients(inHeight, outHeight);
        byte[] temp = new byte[inHeight * outWidth];
        for (int y = 0; y < inHeight; y++)
        {
            for (int x = 0; x < outWidth; x++)
                temp[y * outWidth + x] = Apply(horizontal, x, source, y * inWidth, 1);
        }
        byte[] result = new byte[outHeight * outWidth];
        for (int y = 0; y < outHeight; y++)
        {
            for (int x = 0; x < outWidth; x++)
                result[y * outWidth + x] = Apply(vertical, y, temp, x, outWidth);
        }
        return result;
    }

    /// <summary>The normalised float64 weights of output <paramref name="index"/> and its first tap (before fixed-point rounding).</summary>
    public static (int First, double[] Weights) Weights(int inSize, int outSize, int index)
    {
        double scale = (double)inSize / outSize;
        double filterScale = Math.Max(scale, 1.0);
        double support = filterScale;
        double center = (index + 0.5) * scale;
        int xmin = Math.Max((int)(center - support + 0.5), 0);
        int xmax = Math.Min((int)(center + support + 0.5), inSize) - xmin;
        double[] w = new double[Math.Max(xmax, 0)];
        double total = 0;
        for (int j = 0; j < w.Length; j++)
        {
            double t = Math.Abs((j + xmin - center + 0.5) / filterScale);
            w[j] = t < 1 ? 1 - t : 0;
            total += w[j];
        }
        if (total != 0)
        {
            for (int j = 0; j < w.Length; j++) w[j] /= total;
        }
        return (xmin, w);
    }

    private static (int First, int[] Fixed)[] Coefficients(int inSize, int outSize)
    {
        var result = new (int, int[])[outSize];
        for (int x = 0; x < outSize; x++)
        {
            var (first, weights) = Weights(inSize, outSize, x);
            int[] k = new int[weights.Length];
            for (int j = 0; j < k.Length; j++)
                k[j] = weights[j] < 0 ? (int)(-0.5 + weights[j] * (1 << PrecisionBits)) : (int)(0.5 + weights[j] * (1 << PrecisionBits));
            result[x] = (first, k);
        }
        return result;
    }

    private static byte Apply((int First, int[] Fixed)[] coefficients, int index, ReadOnlySpan<byte> pixels, int offset, int stride)
    {
        var (first, k) = coefficients[index];
        int sum = 1 << (PrecisionBits - 1);
        for (int j = 0; j < k.Length; j++) sum += pixels[offset + (first + j) * stride] * k[j];
        if (sum <= 0) return 0;
        return sum >= (1 << PrecisionBits << 8) ? (byte)255 : (byte)(sum >> PrecisionBits);
    }
}
