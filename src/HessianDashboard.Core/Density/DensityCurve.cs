namespace HessianDashboard.Core.Density;

/// <summary>A density φ sampled on an ascending grid; ∫φ ≈ 1 when the grid covers the spectrum.</summary>
/// <param name="Grid">Eigenvalue axis t_0 &lt; … &lt; t_{G−1}.</param>
/// <param name="Density">φ(t_g).</param>
/// <param name="Sigma">Width of the Gaussian kernel, in eigenvalue units.</param>
public sealed record DensityCurve(double[] Grid, double[] Density, double Sigma)
{
    /// <summary>Trapezoidal ∫φ over the grid.</summary>
    public double Integral()
    {
        double sum = 0;
        for (int g = 1; g < Grid.Length; g++) sum += 0.5 * (Density[g] + Density[g - 1]) * (Grid[g] - Grid[g - 1]);
        return sum;
    }
}
