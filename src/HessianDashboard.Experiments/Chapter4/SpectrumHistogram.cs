namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// A histogram of a spectrum on <c>Bins</c> equal-width bins over [λmin, λmax]: bin i covers
/// [Edges[i], Edges[i+1]) and the last bin also holds λmax, so Σ Counts = the number of eigenvalues. Pages draw it
/// with linear counts or log counts (the bulk near 0 dwarfs the outliers on a linear axis, thesis Fig 4.1).
/// </summary>
/// <param name="Edges">Bins + 1 ascending edges.</param>
/// <param name="Counts">Eigenvalues per bin.</param>
public sealed record SpectrumHistogram(double[] Edges, int[] Counts)
{
    /// <summary>Bins <paramref name="values"/> (finite) on <paramref name="bins"/> equal-width bins over their range.</summary>
    /// <exception cref="ArgumentException">No values, a non-finite value, or fewer than one bin.</exception>
    public static SpectrumHistogram Of(IReadOnlyList<double> values, int bins)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (values.Count == 0) throw new ArgumentException("No values to bin.", nameof(values));
        if (values.Any(v => !double.IsFinite(v))) throw new ArgumentException("Values must be finite.", nameof(values));
        double low = values.Min(), high = values.Max();
        if (high == low) high = low + 1; // one value (or all equal): a unit-wide range keeps the edges strictly ascending
        var edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) edges[i] = low + (high - low) * i / bins;
        var counts = new int[bins];
        foreach (double v in values)
        {
            int i = (int)Math.Floor((v - low) / (high - low) * bins);
            counts[Math.Clamp(i, 0, bins - 1)]++;
        }
        return new SpectrumHistogram(edges, counts);
    }
}
