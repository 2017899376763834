namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// How much of a spectrum is negative (thesis §4.1: at initialisation the Hessian has negative eigenvalues, after
/// training "the negative part of the spectrum has diminished"): <see cref="Count"/> eigenvalues λ &lt; 0,
/// <see cref="CountFraction"/> = Count / n, <see cref="MassFraction"/> = Σ_{λ&lt;0} |λ| / Σ |λ| (0 when all λ = 0), and
/// the most negative eigenvalue (0 when none is negative).
/// </summary>
public sealed record NegativeMass(int Count, double CountFraction, double MassFraction, double MostNegative)
{
    /// <summary>The negative part of <paramref name="eigenvalues"/>.</summary>
    public static NegativeMass Of(IReadOnlyCollection<double> eigenvalues)
    {
        ArgumentNullException.ThrowIfNull(eigenvalues);
        if (eigenvalues.Count == 0) throw new ArgumentException("No eigenvalues.", nameof(eigenvalues));
        int count = 0;
        double negative = 0, total = 0, most = 0;
        foreach (double v in eigenvalues)
        {
            total += Math.Abs(v);
            if (v >= 0) continue;
            count++;
            negative -= v;
            most = Math.Min(most, v);
        }
        return new NegativeMass(count, (double)count / eigenvalues.Count, total == 0 ? 0 : negative / total, most);
    }
}
