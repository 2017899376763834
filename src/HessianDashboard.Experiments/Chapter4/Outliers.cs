using HessianDashboard.Experiments.Lanczos;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// The project's one definition of the outliers of a Hessian spectrum (Sagun et al. 2017: a bulk near 0 and about
/// C − 1 large outliers), for an exact spectrum and a Lanczos spectrum alike. Both are read as a spectral measure
/// μ = Σ_i w_i δ_{θ_i}: an exact spectrum with w_i = 1/n, a Lanczos run with its Gauss weights τ_i (the measure seen
/// from the start vector: an interval's τ-mass estimates its share of the n eigenvalues). The rule
/// (docs/algorithms/chapter4-spectra.md, decision 011):
/// <list type="number">
/// <item>the bulk centre c is the median of μ;</item>
/// <item>above c, the values θ_1 ≥ θ_2 ≥ … are searched from the top while the mass strictly above θ_i is less than K/n
/// (K = 3C eigenvalues' worth of μ; for an exact spectrum simply the K largest values) and θ_i is resolved (an
/// eigenvalue, not a Ritz value still moving), and compared with the value that follows the last of them;</item>
/// <item>with ρ_i = (θ_i − c)/(θ_{i+1} − c), the largest jump on a log scale measured from c, r = argmax ρ_i; the r
/// largest values are the outliers when ρ_r ≥ ρ_min (default 1.3), otherwise there are none;</item>
/// <item>below c the same, mirrored.</item>
/// </list>
/// Scale-free (ratios and masses), mirror-symmetric (negating H swaps above and below), and the same on an exact
/// spectrum and on a Lanczos run that has resolved its extremes: converged Ritz values are the extreme eigenvalues and
/// the mass window stops where a Ritz value stands for many eigenvalues. Caveat: the largest jump wins, so one value far
/// above a separated group gives r = 1; <see cref="OutlierAnalysis.GapRatios"/> keeps every ρ_i for a reader.
/// </summary>
public static class Outliers
{
    /// <summary>ρ_min: a gap counts when the bulk edge is at most 1/1.3 of the last outlier's distance from c (measured: real gaps 1.47–1.68, noise ≤ 1.20; decision 011).</summary>
    public const double DefaultMinimumGapRatio = 1.3;

    /// <summary>A Ritz value is resolved when its residual bound is at most this times max|θ|.</summary>
    public const double DefaultResidualTolerance = 1e-4;

    /// <summary>K = 3C: room for C − 1 outliers and a margin of bulk values.</summary>
    public static int DefaultWindow(int classes) => 3 * classes;

    /// <summary>The outliers of an exact spectrum (uniform weights 1/n, every value resolved), in any order.</summary>
    public static OutlierAnalysis Find(IReadOnlyList<double> eigenvalues, int classes, double minimumGapRatio = DefaultMinimumGapRatio, int? window = null)
    {
        ArgumentNullException.ThrowIfNull(eigenvalues);
        return Find(eigenvalues, Enumerable.Repeat(1.0, eigenvalues.Count).ToArray(), Math.Max(1, eigenvalues.Count), classes, null, minimumGapRatio, window);
    }

    /// <summary>
    /// The outliers of a Lanczos run on an operator of dimension <see cref="LanczosRunResult.N"/>: its Ritz values with
    /// their Gauss weights; a Ritz value is resolved when its residual bound is at most <paramref name="residualTolerance"/>·max|θ|.
    /// </summary>
    public static OutlierAnalysis Find(LanczosRunResult run, int classes, double residualTolerance = DefaultResidualTolerance,
        double minimumGapRatio = DefaultMinimumGapRatio, int? window = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!(residualTolerance >= 0)) throw new ArgumentException($"The residual tolerance must be ≥ 0, got {residualTolerance}.", nameof(residualTolerance));
        int m = run.Ritz.Length;
        double scale = m == 0 ? 0 : run.Ritz.Max(Math.Abs);
        bool[]? resolved = run.Residuals.Length == m ? [.. run.Residuals.Select(r => r <= residualTolerance * scale)] : null;
        // A result without weights (an old stored file) is read as uniform: each Ritz value standing for n/m eigenvalues.
        var weights = run.Weights.Length == m ? run.Weights : Enumerable.Repeat(1.0, m).ToArray();
        return Find(run.Ritz, weights, Math.Max(run.N, m), classes, resolved, minimumGapRatio, window);
    }

    /// <summary>The outliers of the measure Σ w_i δ_{θ_i} of an n-dimensional operator (values in any order).</summary>
    /// <param name="values">θ_i: eigenvalues or Ritz values.</param>
    /// <param name="weights">w_i ≥ 0 aligned with θ (normalised here, so any positive total works).</param>
    /// <param name="dimension">n, the operator's dimension (the number of eigenvalues the measure stands for).</param>
    /// <param name="classes">C ≥ 2; sets K = 3C and <see cref="OutlierAnalysis.Expected"/> = C − 1.</param>
    /// <param name="resolved">Which θ_i are known eigenvalues (null: all).</param>
    /// <param name="minimumGapRatio">ρ_min ≥ 1.</param>
    /// <param name="window">K (null: 3C).</param>
    public static OutlierAnalysis Find(IReadOnlyList<double> values, IReadOnlyList<double> weights, int dimension, int classes,
        IReadOnlyList<bool>? resolved = null, double minimumGapRatio = DefaultMinimumGapRatio, int? window = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        int k = window ?? DefaultWindow(classes);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1, nameof(window));
        if (values.Count != weights.Count) throw new ArgumentException($"{values.Count} values but {weights.Count} weights.");
        if (resolved is not null && resolved.Count != values.Count) throw new ArgumentException($"{values.Count} values but {resolved.Count} resolved flags.");
        if (dimension < Math.Max(1, values.Count)) throw new ArgumentException($"The dimension n = {dimension} must be at least the {values.Count} values.", nameof(dimension));
        if (!(minimumGapRatio >= 1) || !double.IsFinite(minimumGapRatio)) throw new ArgumentException($"ρ_min must be ≥ 1, got {minimumGapRatio}.", nameof(minimumGapRatio));
        if (values.Any(v => !double.IsFinite(v))) throw new ArgumentException("The values must be finite.", nameof(values));
        double total = weights.Sum();
        if (values.Count > 0 && (!(total > 0) || !double.IsFinite(total) || weights.Any(w => !(w >= 0))))
            throw new ArgumentException("The weights must be non-negative with a positive sum.", nameof(weights));
        if (values.Count == 0) return Empty(classes);

        var mass = weights.Select(w => w / total).ToArray();
        double centre = Median(values, mass);
        var settings = new OutlierSide.Settings(centre, (double)k / dimension, minimumGapRatio);
        var above = OutlierSide.Find(values, mass, resolved, +1, settings);
        var below = OutlierSide.Find(values, mass, resolved, -1, settings);
        return new OutlierAnalysis
        {
            Above = above.Count, Below = below.Count, Expected = classes - 1, BulkCentre = centre,
            BulkUpper = above.Edge, BulkLower = below.Edge, UpperThreshold = above.Threshold, LowerThreshold = below.Threshold,
            Outliers = above.Outliers, OutliersBelow = below.Outliers, Candidates = above.Candidates, CandidatesBelow = below.Candidates,
            GapRatios = above.Ratios, GapRatiosBelow = below.Ratios,
        };
    }

    /// <summary>
    /// c = (q⁻ + q⁺)/2 with q⁻ the smallest θ whose mass at or below it reaches 1/2 and q⁺ the largest θ whose mass at or
    /// above it reaches 1/2 (both to 1e-12): the ordinary median for uniform weights, and negating θ negates c exactly.
    /// </summary>
    private static double Median(IReadOnlyList<double> values, double[] mass)
    {
        var ascending = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        return 0.5 * (HalfMass(values, mass, ascending) + HalfMass(values, mass, [.. ascending.Reverse()]));
    }

    private static double HalfMass(IReadOnlyList<double> values, double[] mass, int[] order)
    {
        double cumulative = 0;
        foreach (int i in order)
        {
            cumulative += mass[i];
            if (cumulative >= 0.5 - 1e-12) return values[i];
        }
        return values[order[^1]];
    }

    private static OutlierAnalysis Empty(int classes) => new()
    {
        Above = 0, Below = 0, Expected = classes - 1, BulkCentre = double.NaN, BulkUpper = double.NaN, BulkLower = double.NaN,
        UpperThreshold = double.NaN, LowerThreshold = double.NaN, Outliers = [], OutliersBelow = [], Candidates = [], CandidatesBelow = [],
        GapRatios = [], GapRatiosBelow = [],
    };
}
