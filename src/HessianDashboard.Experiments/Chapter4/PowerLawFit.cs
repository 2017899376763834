namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// Least-squares line through (log10 x, log10 y): log10 y ≈ Intercept + Slope · log10 x, i.e. y ≈ 10^Intercept · x^Slope.
/// For Lanczos runtime against the Hessian batch size a slope near 1 means cost linear in the batch (one HVP is one
/// forward/backward over the batch) — a power law, not the "exponential" growth the thesis describes (§4.2).
/// </summary>
/// <param name="Slope">Exponent of the power law.</param>
/// <param name="Intercept">log10 of the prefactor.</param>
/// <param name="RSquared">Coefficient of determination on the log scale (1 when every point lies on the line; NaN when all y are equal).</param>
/// <param name="Points">Points used.</param>
public sealed record PowerLawFit(double Slope, double Intercept, double RSquared, int Points)
{
    /// <summary>Fits the points (x_i, y_i), all positive, with at least two distinct x.</summary>
    /// <exception cref="ArgumentException">Fewer than two distinct x, a non-positive value, or mismatched lengths.</exception>
    public static PowerLawFit Fit(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count) throw new ArgumentException($"x has {x.Count} points, y {y.Count}.", nameof(y));
        if (x.Concat(y).Any(v => !(v > 0) || !double.IsFinite(v))) throw new ArgumentException("A power-law fit needs positive, finite values.");
        if (x.Distinct().Count() < 2) throw new ArgumentException("A fit needs at least two distinct x.", nameof(x));
        var u = x.Select(Math.Log10).ToArray();
        var v = y.Select(Math.Log10).ToArray();
        double mu = u.Average(), mv = v.Average();
        double suu = 0, suv = 0, svv = 0;
        for (int i = 0; i < u.Length; i++)
        {
            suu += (u[i] - mu) * (u[i] - mu);
            suv += (u[i] - mu) * (v[i] - mv);
            svv += (v[i] - mv) * (v[i] - mv);
        }
        double slope = suv / suu, intercept = mv - slope * mu;
        double residual = 0;
        for (int i = 0; i < u.Length; i++) residual += Math.Pow(v[i] - intercept - slope * u[i], 2);
        return new PowerLawFit(slope, intercept, svv == 0 ? double.NaN : 1 - residual / svv, u.Length);
    }
}
