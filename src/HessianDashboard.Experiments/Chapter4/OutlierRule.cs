namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// Counts the outliers of a Hessian spectrum (Sagun et al. 2017: a bulk near 0 and about C − 1 outliers).
/// Rule (docs/algorithms/chapter4-spectra.md): with c = median(λ) as the bulk centre and the K + 1 largest
/// eigenvalues λ_1 ≥ … ≥ λ_{K+1} (K = <see cref="DefaultWindow"/>(C) = 3C unless given), the outliers are the
/// r largest, where r ∈ [1, K] maximises the relative gap ρ_i = (λ_i − c)/(λ_{i+1} − c) — the largest jump, on a log
/// scale measured from the bulk centre, among the top K. Only i with λ_{i+1} &gt; c compete; when none does (or the
/// largest eigenvalue is not above c) r = 0. Caveat: a single eigenvalue far above the others wins with r = 1 even if
/// more are separated; the ratios are returned so a reader can see the runner-up gaps.
/// </summary>
public static class OutlierRule
{
    /// <summary>K = 3C: room for C − 1 outliers and a margin of bulk values.</summary>
    public static int DefaultWindow(int classes) => 3 * classes;

    /// <summary>The outliers of <paramref name="eigenvalues"/> for a <paramref name="classes"/>-class problem.</summary>
    public static OutlierAnalysis Find(IReadOnlyCollection<double> eigenvalues, int classes, int? window = null)
    {
        ArgumentNullException.ThrowIfNull(eigenvalues);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        if (eigenvalues.Count < 2) throw new ArgumentException("Need at least two eigenvalues.", nameof(eigenvalues));
        var sorted = eigenvalues.OrderByDescending(v => v).ToArray();
        int k = Math.Min(window ?? DefaultWindow(classes), sorted.Length - 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1, nameof(window));
        double centre = Median(sorted);
        var ratios = new double[k];
        int best = 0;
        double bestRatio = 1;
        for (int i = 0; i < k; i++)
        {
            double above = sorted[i] - centre, below = sorted[i + 1] - centre;
            ratios[i] = below > 0 ? above / below : double.NaN;
            if (below > 0 && ratios[i] > bestRatio) (best, bestRatio) = (i + 1, ratios[i]);
        }
        return new OutlierAnalysis(best, classes - 1, centre, sorted[best], sorted[..best], sorted[..(k + 1)], ratios);
    }

    private static double Median(double[] descending)
    {
        int n = descending.Length;
        return n % 2 == 1 ? descending[n / 2] : 0.5 * (descending[n / 2 - 1] + descending[n / 2]);
    }
}
