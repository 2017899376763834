namespace HessianDashboard.Torch.Data;

/// <summary>
/// A labelled image classification set in the form the networks consume: every image flattened
/// row-major to <see cref="Features"/> values of pixel/255 ∈ [0, 1] (no standardisation unless
/// <see cref="Standardized"/>), labels 0 … <see cref="Classes"/> − 1.
/// </summary>
/// <param name="Name">What the set is, e.g. "MNIST test (10,000)" — shown to users and recorded in manifests.</param>
/// <param name="Pixels">Count × Features values, sample after sample.</param>
/// <param name="Labels">Count labels.</param>
/// <param name="Features">Values per sample (784 for 28 × 28 grey).</param>
/// <param name="Classes">Number of classes (10 for MNIST, FashionMNIST and CIFAR-10).</param>
/// <param name="Standardized">Whether pixels were shifted and scaled (then they are no longer in [0, 1]).</param>
public sealed record ImageDataset(string Name, float[] Pixels, int[] Labels, int Features, int Classes, bool Standardized = false)
{
    /// <summary>Number of samples.</summary>
    public int Count => Labels.Length;

    /// <summary>What was subtracted from every pixel/255 value (0 unless standardised): x = (pixel/255 − Shift) / Scale.</summary>
    public double Shift { get; init; }

    /// <summary>What every shifted value was divided by (1 unless standardised).</summary>
    public double Scale { get; init; } = 1;

    /// <summary>The pixels of sample <paramref name="index"/>.</summary>
    public ReadOnlySpan<float> Sample(int index) => Pixels.AsSpan(index * Features, Features);

    /// <summary>
    /// Standardises with one scalar mean μ and population standard deviation σ over every loaded pixel
    /// (like torchvision's Normalize((μ,), (σ,)) with statistics of this set): x ← (x − μ) / σ, accumulated in
    /// float64. A constant set (σ = 0) is only shifted. Calling it on a standardised set returns it unchanged.
    /// </summary>
    public ImageDataset Standardize()
    {
        if (Standardized) return this;
        double sum = 0, sumSquares = 0;
        foreach (float p in Pixels)
        {
            sum += p;
            sumSquares += (double)p * p;
        }
        int n = Math.Max(Pixels.Length, 1);
        double mean = sum / n;
        double std = Math.Sqrt(Math.Max(sumSquares / n - mean * mean, 0));
        double scale = std > 0 ? std : 1;
        float[] pixels = new float[Pixels.Length];
        for (int i = 0; i < pixels.Length; i++) pixels[i] = (float)((Pixels[i] - mean) / scale);
        return this with { Pixels = pixels, Standardized = true, Shift = mean, Scale = scale };
    }

    /// <summary>The first <paramref name="count"/> samples (all when the set is smaller).</summary>
    public ImageDataset Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (count >= Count) return this;
        return this with { Pixels = Pixels[..(count * Features)], Labels = Labels[..count] };
    }
}
