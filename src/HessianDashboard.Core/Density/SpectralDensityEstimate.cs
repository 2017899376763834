namespace HessianDashboard.Core.Density;

/// <summary>
/// The raw result of stochastic Lanczos quadrature: one Gauss rule per start vector. The smoothed
/// density φ_σ(t) = (1/n_v) Σ_r Σ_i τ_{r,i} g_σ(t − θ_{r,i}), g_σ the N(0, σ²) kernel, is computed
/// from these on demand, so σ and the grid can change without another Lanczos run.
/// </summary>
public sealed record SpectralDensityEstimate(int Dimension, QuadratureRule[] Rules)
{
    /// <summary>Smallest and largest node over all rules.</summary>
    public (double Min, double Max) NodeRange()
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var rule in Rules)
            foreach (double t in rule.Nodes) { min = Math.Min(min, t); max = Math.Max(max, t); }
        return (min, max);
    }

    /// <summary>φ_σ on <paramref name="gridPoints"/> points spanning the nodes ± <paramref name="padding"/>·σ (or [lower, upper] when given).</summary>
    /// <param name="sigma">Kernel width in eigenvalue units (&gt; 0).</param>
    /// <param name="gridPoints">G ≥ 2.</param>
    /// <param name="lower">Optional left end of the grid.</param>
    /// <param name="upper">Optional right end of the grid.</param>
    /// <param name="padding">Grid margin beyond the extreme nodes, in units of σ.</param>
    public DensityCurve Smooth(double sigma, int gridPoints = 1000, double? lower = null, double? upper = null, double padding = 5)
    {
        if (!(sigma > 0) || !double.IsFinite(sigma)) throw new ArgumentException($"σ must be a positive number, got {sigma}.", nameof(sigma));
        if (gridPoints < 2 || gridPoints > 1_000_000) throw new ArgumentException($"Grid points must lie in [2, 1000000], got {gridPoints}.", nameof(gridPoints));
        var (min, max) = NodeRange();
        double a = lower ?? min - padding * sigma, b = upper ?? max + padding * sigma;
        if (!(b > a)) throw new ArgumentException($"The grid [{a}, {b}] is empty.");
        var grid = new double[gridPoints];
        for (int g = 0; g < gridPoints; g++) grid[g] = a + (b - a) * g / (gridPoints - 1);
        var density = new double[gridPoints];
        double norm = 1.0 / (Rules.Length * sigma * Math.Sqrt(2 * Math.PI));
        double cutoff = 8 * sigma; // exp(−32) ≈ 1e−14: beyond it a node adds nothing visible
        foreach (var rule in Rules)
            for (int i = 0; i < rule.Nodes.Length; i++)
            {
                double theta = rule.Nodes[i], weight = rule.Weights[i] * norm;
                int first = Math.Max(0, (int)Math.Floor((theta - cutoff - a) / (b - a) * (gridPoints - 1)));
                int last = Math.Min(gridPoints - 1, (int)Math.Ceiling((theta + cutoff - a) / (b - a) * (gridPoints - 1)));
                for (int g = first; g <= last; g++)
                {
                    double z = (grid[g] - theta) / sigma;
                    density[g] += weight * Math.Exp(-0.5 * z * z);
                }
            }
        return new DensityCurve(grid, density, sigma);
    }
}
