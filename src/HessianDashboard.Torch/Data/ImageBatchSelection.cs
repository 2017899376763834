using HessianDashboard.Torch.Data.Text;

namespace HessianDashboard.Torch.Data;

/// <summary>
/// A recorded, reproducible Hessian batch of images: the sorted indices of <see cref="Size"/> samples drawn without
/// replacement from a set of <see cref="Population"/> by a seeded SplitMix64 partial Fisher–Yates shuffle, or every
/// sample ("full batch"). The indices go into run manifests; the same (population, size, seed) gives the same batch
/// on every machine.
/// </summary>
/// <param name="Population">Samples in the data set the indices refer to.</param>
/// <param name="Seed">SplitMix64 seed (ignored for the full batch).</param>
/// <param name="Indices">Sorted sample indices.</param>
public sealed record ImageBatchSelection(int Population, ulong Seed, int[] Indices)
{
    /// <summary>Number of samples in the batch.</summary>
    public int Size => Indices.Length;

    /// <summary>Whether the batch is the whole data set.</summary>
    public bool IsFull => Size == Population;

    /// <summary>Draws <paramref name="size"/> of <paramref name="population"/> samples (null or ≥ population: all of them).</summary>
    public static ImageBatchSelection Create(int population, int? size, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(population);
        if (size is <= 0) throw new ArgumentOutOfRangeException(nameof(size), size, "A Hessian batch needs at least one sample.");
        if (size is null || size >= population) return new ImageBatchSelection(population, seed, [.. Enumerable.Range(0, population)]);
        int[] order = [.. Enumerable.Range(0, population)];
        var random = new SplitMix64(seed);
        for (int i = 0; i < size.Value; i++)
        {
            int j = i + random.NextInt(population - i);
            (order[i], order[j]) = (order[j], order[i]);
        }
        int[] chosen = order[..size.Value];
        Array.Sort(chosen);
        return new ImageBatchSelection(population, seed, chosen);
    }
}
