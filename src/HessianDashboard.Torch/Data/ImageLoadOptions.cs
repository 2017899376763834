namespace HessianDashboard.Torch.Data;

/// <summary>How much of an image set to load and whether to standardise it.</summary>
/// <param name="Limit">Keep only the first N samples (null: all); the statistics of <paramref name="Standardize"/> use only these.</param>
/// <param name="Standardize">Apply <see cref="ImageDataset.Standardize"/> after loading.</param>
public sealed record ImageLoadOptions(int? Limit = null, bool Standardize = false)
{
    /// <summary>All samples, pixel/255, no standardisation.</summary>
    public static ImageLoadOptions Default { get; } = new();

    /// <summary>Keep only the first N samples (null: all); must be positive.</summary>
    public int? Limit { get; init; } = Limit is <= 0
        ? throw new ArgumentOutOfRangeException(nameof(Limit), Limit, "The sample limit must be positive.")
        : Limit;

    /// <summary>Applies the limit and the standardisation to a freshly read set.</summary>
    internal ImageDataset Apply(ImageDataset dataset)
    {
        if (Limit is { } limit) dataset = dataset.Take(limit);
        return Standardize ? dataset.Standardize() : dataset;
    }
}
