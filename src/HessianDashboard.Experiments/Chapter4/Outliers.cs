namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// Counts the outliers of a Lanczos spectrum (Ritz values θ_i with Gauss weights τ_i, Σ τ_i = 1). The weights are
/// the spectral measure seen from the start vector, so an isolated eigenvalue carries ≈ 1/n of the mass while the
/// bulk carries nearly all of it. Definition (this project's, see docs/algorithms/training-spectra.md):
/// the bulk is [q_lo, q_hi] with q_hi the smallest θ_i whose weight at or below it reaches (1 + b)/2 and q_lo the
/// largest θ_i whose weight at or above it reaches (1 + b)/2 (b = bulk mass, default 0.98; both to 1e-12); with
/// w = q_hi − q_lo, θ_i is an outlier above when θ_i &gt; q_hi + κ·w and below when θ_i &lt; q_lo − κ·w (κ default 1).
/// Scale-free (multiplying H by c &gt; 0 leaves the counts unchanged) and independent of how many Ritz values
/// Lanczos spent on the bulk. Caveat: when a spectrum has more outlier mass than 1 − b the quantiles move into the
/// outliers and the count drops; for networks the outliers carry ~C/n ≪ 1% of the mass.
/// </summary>
public static class Outliers
{
    /// <summary>Default bulk mass b.</summary>
    public const double DefaultBulkMass = 0.98;

    /// <summary>Default factor κ.</summary>
    public const double DefaultFactor = 1.0;

    /// <summary>Counts outliers of the rule (<paramref name="ritz"/>, <paramref name="weights"/>); the Ritz values need not be sorted.</summary>
    /// <param name="ritz">θ_i.</param>
    /// <param name="weights">τ_i ≥ 0 aligned with θ (normalised here, so any positive total works).</param>
    /// <param name="bulkMass">b in (0, 1).</param>
    /// <param name="factor">κ ≥ 0.</param>
    public static OutlierCount Count(IReadOnlyList<double> ritz, IReadOnlyList<double> weights, double bulkMass = DefaultBulkMass, double factor = DefaultFactor)
    {
        ArgumentNullException.ThrowIfNull(ritz);
        ArgumentNullException.ThrowIfNull(weights);
        if (ritz.Count != weights.Count) throw new ArgumentException($"{ritz.Count} Ritz values but {weights.Count} weights.");
        if (!(bulkMass > 0 && bulkMass < 1)) throw new ArgumentException($"The bulk mass must lie in (0, 1), got {bulkMass}.", nameof(bulkMass));
        if (!(factor >= 0) || !double.IsFinite(factor)) throw new ArgumentException($"The factor must be ≥ 0, got {factor}.", nameof(factor));
        if (ritz.Count == 0) return new OutlierCount(0, 0, double.NaN, double.NaN, double.NaN, double.NaN);
        double total = weights.Sum();
        if (!(total > 0) || weights.Any(w => w < 0)) throw new ArgumentException("The weights must be non-negative with a positive sum.", nameof(weights));
        var order = Enumerable.Range(0, ritz.Count).OrderBy(i => ritz[i]).ToArray();
        // Mirror images: q_hi from the bottom, q_lo from the top, so negating θ swaps them exactly.
        double upper = Quantile(ritz, weights, order, total, (1 + bulkMass) / 2);
        double lower = Quantile(ritz, weights, [.. order.Reverse()], total, (1 + bulkMass) / 2);
        double width = upper - lower;
        double above = upper + factor * width, below = lower - factor * width;
        return new OutlierCount(ritz.Count(t => t > above), ritz.Count(t => t < below), lower, upper, above, below);
    }

    /// <summary>The first θ along <paramref name="order"/> at which the cumulative normalised weight reaches <paramref name="p"/> (to 1e-12).</summary>
    private static double Quantile(IReadOnlyList<double> ritz, IReadOnlyList<double> weights, int[] order, double total, double p)
    {
        double cumulative = 0;
        foreach (int i in order)
        {
            cumulative += weights[i] / total;
            if (cumulative >= p - 1e-12) return ritz[i];
        }
        return ritz[order[^1]];
    }
}
