namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// The outliers <see cref="Outliers.Find(IReadOnlyList{double}, IReadOnlyList{double}, int, int, IReadOnlyList{bool}?, double, int?)"/>
/// finds on both sides of the bulk of a spectrum (exact or Lanczos), against Sagun et al.'s C − 1. "Above" values are
/// listed largest first, "below" values smallest first; the two sides are mirror images (negating H swaps them).
/// </summary>
public sealed record OutlierAnalysis
{
    /// <summary>Outliers above the bulk: the r largest values (r = 0 when no gap reaches the minimum ratio).</summary>
    public required int Above { get; init; }

    /// <summary>Outliers below the bulk (negative outliers, e.g. at initialisation).</summary>
    public required int Below { get; init; }

    /// <summary>Sagun et al.'s count: the outliers above the bulk (the number to compare with <see cref="Expected"/>).</summary>
    public int Count => Above;

    /// <summary>Above + Below.</summary>
    public int Total => Above + Below;

    /// <summary>C − 1 for C classes (output classes; the vocabulary for a language model).</summary>
    public required int Expected { get; init; }

    /// <summary>c, the median of the spectral measure (weighted by the Gauss weights for a Lanczos spectrum).</summary>
    public required double BulkCentre { get; init; }

    /// <summary>The largest value that is not an outlier above (λ_{r+1}; the largest value when r = 0).</summary>
    public required double BulkUpper { get; init; }

    /// <summary>The smallest value that is not an outlier below.</summary>
    public required double BulkLower { get; init; }

    /// <summary>The same as <see cref="BulkUpper"/>: the bulk edge under the outliers (the line of the outlier zoom).</summary>
    public double BulkEdge => BulkUpper;

    /// <summary>
    /// The cut above: c + √((λ_r − c)(λ_{r+1} − c)), the middle of the gap on the log scale measured from c, so the
    /// outliers above are exactly the values &gt; UpperThreshold (= <see cref="BulkUpper"/> when there are none).
    /// </summary>
    public required double UpperThreshold { get; init; }

    /// <summary>The mirror cut below; the outliers below are exactly the values &lt; LowerThreshold.</summary>
    public required double LowerThreshold { get; init; }

    /// <summary>The outliers above, largest first (λ_1 ≥ … ≥ λ_r).</summary>
    public required double[] Outliers { get; init; }

    /// <summary>The outliers below, smallest first.</summary>
    public required double[] OutliersBelow { get; init; }

    /// <summary>The values the rule compared above, largest first: the search window and the value after it (the zoom on the top of the spectrum).</summary>
    public required double[] Candidates { get; init; }

    /// <summary>The values compared below, smallest first.</summary>
    public required double[] CandidatesBelow { get; init; }

    /// <summary>ρ_i = (λ_i − c)/(λ_{i+1} − c) between consecutive <see cref="Candidates"/>.</summary>
    public required double[] GapRatios { get; init; }

    /// <summary>ρ_i = (c − λ_i)/(c − λ_{i+1}) between consecutive <see cref="CandidatesBelow"/>.</summary>
    public required double[] GapRatiosBelow { get; init; }
}
