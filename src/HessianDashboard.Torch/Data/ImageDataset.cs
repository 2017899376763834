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

    /// <summary>The pixels of sample <paramref name="index"/>.</summary>
    public ReadOnlySpan<float> Sample(int index) => Pixels.AsSpan(index * Features, Features);
}
