namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// How much of a spectrum is negative (thesis §4.1: at initialisation the Hessian has negative eigenvalues, after
/// training "the negative part of the spectrum has diminished"). An eigenvalue counts as negative when
/// λ &lt; −τ · max|λ| (τ = <see cref="DefaultTolerance"/>: a dense symmetric eigensolver returns the exact zeros of a
/// Hessian — e.g. weights of always-black pixels — as ±n·ε_machine·‖H‖, which must not count).
/// <see cref="Count"/> such eigenvalues, <see cref="CountFraction"/> = Count / n,
/// <see cref="MassFraction"/> = Σ_{negative} |λ| / Σ |λ| (0 when all λ = 0), and the most negative eigenvalue
/// (0 when none counts).
/// </summary>
public sealed record NegativeMass(int Count, double CountFraction, double MassFraction, double MostNegative)
{
    /// <summary>τ = 1e-10, well above the eigensolver's round-off for n ≤ 20,000 in float64.</summary>
    public const double DefaultTolerance = 1e-10;

    /// <summary>The negative part of <paramref name="eigenvalues"/>.</summary>
    public static NegativeMass Of(IReadOnlyCollection<double> eigenvalues, double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(eigenvalues);
        if (eigenvalues.Count == 0) throw new ArgumentException("No eigenvalues.", nameof(eigenvalues));
        double threshold = -tolerance * eigenvalues.Max(Math.Abs);
        int count = 0;
        double negative = 0, total = 0, most = 0;
        foreach (double v in eigenvalues)
        {
            total += Math.Abs(v);
            if (v >= threshold || v >= 0) continue;
            count++;
            negative -= v;
            most = Math.Min(most, v);
        }
        return new NegativeMass(count, (double)count / eigenvalues.Count, total == 0 ? 0 : negative / total, most);
    }
}
