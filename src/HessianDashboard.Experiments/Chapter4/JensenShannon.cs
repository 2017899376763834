namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// Jensen–Shannon distance between spectral densities discretised on one common grid (Zhang et al. 2024, "Why
/// Transformers need Adam: a Hessian perspective", compare blocks' spectra this way). Each density φ is turned into
/// a probability vector p_g = φ(t_g)/Σ_h φ(t_h) (uniform grid, so the spacing cancels); with M = (P + Q)/2,
/// JS(P, Q) = ½ KL(P‖M) + ½ KL(Q‖M) in nats (natural log), and the distance is √JS ∈ [0, √ln 2 ≈ 0.8326], a metric.
/// Terms with p_g = 0 contribute 0 (0·ln 0 = 0). The value depends on the grid and the kernel width σ.
/// </summary>
public static class JensenShannon
{
    /// <summary>√ln 2, the largest distance (disjoint supports).</summary>
    public static readonly double MaxDistance = Math.Sqrt(Math.Log(2));

    /// <summary>√JS(p, q) in nats for two non-negative vectors of equal length with positive sums (normalised here).</summary>
    public static double Distance(IReadOnlyList<double> p, IReadOnlyList<double> q)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        if (p.Count != q.Count) throw new ArgumentException($"The densities have {p.Count} and {q.Count} grid points; they need one common grid.");
        double sp = Total(p, nameof(p)), sq = Total(q, nameof(q));
        double divergence = 0;
        for (int g = 0; g < p.Count; g++)
        {
            double a = p[g] / sp, b = q[g] / sq, m = 0.5 * (a + b);
            if (a > 0) divergence += 0.5 * a * Math.Log(a / m);
            if (b > 0) divergence += 0.5 * b * Math.Log(b / m);
        }
        // Rounding can leave a tiny negative or exceed ln 2 by an ulp; clamp to the exact range.
        return Math.Sqrt(Math.Clamp(divergence, 0, Math.Log(2)));
    }

    /// <summary>The symmetric matrix D_ij = √JS(φ_i, φ_j) with a zero diagonal.</summary>
    public static double[][] Matrix(IReadOnlyList<IReadOnlyList<double>> densities)
    {
        ArgumentNullException.ThrowIfNull(densities);
        int n = densities.Count;
        var d = new double[n][];
        for (int i = 0; i < n; i++) d[i] = new double[n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                d[i][j] = d[j][i] = Distance(densities[i], densities[j]);
        return d;
    }

    private static double Total(IReadOnlyList<double> v, string name)
    {
        double sum = 0;
        foreach (double x in v)
        {
            if (!(x >= 0) || !double.IsFinite(x)) throw new ArgumentException("A density value is negative or not finite.", name);
            sum += x;
        }
        return sum > 0 ? sum : throw new ArgumentException("A density is zero everywhere on the grid.", name);
    }
}
