namespace HessianDashboard.Core.Tridiagonal;

/// <summary>
/// Implicit QL iteration with Wilkinson shifts for a symmetric tridiagonal matrix (the imtql2
/// formulation), accumulating the Givens rotations into any number r of chosen rows of Z.
/// </summary>
/// <remarks>
/// Z is held transposed, <c>zt[i*r + j]</c> = Z[row_j, i], so that rotating columns (i, i+1) of Z
/// touches two contiguous runs of r numbers. r = 0 gives eigenvalues only, r = 2 the first and last
/// rows (O(k²) in total), r = k the whole of Z (O(k³)). The input must already be scaled so that
/// its entries are at most about 1 in magnitude; then no intermediate quantity can overflow.
/// </remarks>
internal static class ImplicitQl
{
    /// <summary>LAPACK's budget: on average 30 QL sweeps per eigenvalue before giving up.</summary>
    public const int IterationsPerEigenvalue = 30;

    /// <summary>Unit roundoff u = 2⁻⁵³.</summary>
    private static readonly double UnitRoundoff = Math.ScaleB(1.0, -53);

    /// <summary>Smallest positive normal double; an off-diagonal below it is treated as zero.</summary>
    private const double SafeMinimum = 2.2250738585072014E-308;

    /// <summary>Sweeps without any deflation after which the iteration counts as stalled (Wilkinson shifts normally need 1–3).</summary>
    private const int StallSweeps = 30;

    /// <summary>
    /// Overwrites <paramref name="d"/> with the (unsorted) eigenvalues and applies every rotation to
    /// <paramref name="zt"/> (k·r numbers). <paramref name="e"/> holds e_1..e_{k−1} in its first k − 1
    /// slots (length k) and is destroyed.
    /// </summary>
    public static void Diagonalize(Span<double> d, Span<double> e, Span<double> zt, int r)
    {
        int k = d.Length;
        e[k - 1] = 0;
        int budget = IterationsPerEigenvalue * k;
        double floor = SafeMinimum;
        for (int l = 0; l < k; l++)
        {
            int m, sweeps = 0, previous = -1;
            while ((m = FindSplit(d, e, l, floor)) != l)
            {
                if (m != previous) (sweeps, previous) = (0, m);   // the block shrank: progress
                if (--budget < 0)
                    throw new InvalidOperationException(
                        $"Implicit QL did not converge within {IterationsPerEigenvalue * k} sweeps for a {k}×{k} tridiagonal matrix " +
                        $"({l} of {k} eigenvalues found).");
                // A stall: in a strongly graded T an off-diagonal that is not small next to its neighbours but
                // tiny against ‖T‖ damps the bulge to nothing before it reaches row l. From then on also deflate
                // normwise, |e_m| ≤ u‖T‖, which still leaves every eigenvalue accurate to O(u‖T‖).
                if (++sweeps == StallSweeps)
                    floor = Math.Max(floor, UnitRoundoff * InfinityNorm(d, e));
                Sweep(d, e, zt, r, l, m);
            }
        }
    }

    /// <summary>
    /// The first m ≥ l with e_m negligible, |e_m| ≤ u(|d_m| + |d_{m+1}|) or |e_m| ≤ <paramref name="floor"/>,
    /// or k − 1; that e_m is set to zero.
    /// </summary>
    private static int FindSplit(ReadOnlySpan<double> d, Span<double> e, int l, double floor)
    {
        int last = d.Length - 1;
        for (int m = l; m < last; m++)
        {
            double magnitude = Math.Abs(e[m]);
            if (magnitude <= UnitRoundoff * (Math.Abs(d[m]) + Math.Abs(d[m + 1])) || magnitude <= floor)
            {
                e[m] = 0;
                return m;
            }
        }
        return last;
    }

    /// <summary>
    /// One implicitly shifted QL step on the unreduced block l..m: form the first rotation from
    /// d_m − σ, with σ the eigenvalue of the leading 2×2 block nearer d_l (Wilkinson shift), then
    /// chase the bulge up from row m to row l with Givens rotations.
    /// </summary>
    private static void Sweep(Span<double> d, Span<double> e, Span<double> zt, int r, int l, int m)
    {
        double g = (d[l + 1] - d[l]) / (2 * e[l]);
        double shift = d[l] - e[l] / (g + Math.CopySign(Math.Sqrt(g * g + 1), g));
        g = d[m] - shift;
        double s = 1, c = 1, p = 0;
        for (int i = m - 1; i >= l; i--)
        {
            double f = s * e[i], b = c * e[i];
            double radius = PlaneRotation.Givens(f, g, out c, out s);
            e[i + 1] = radius;
            if (radius == 0)
            {
                // f and g both underflowed: T already splits at i + 1; undo the pending shift and restart.
                d[i + 1] -= p;
                e[m] = 0;
                return;
            }
            g = d[i + 1] - p;
            double t = (d[i] - g) * s + 2 * c * b;
            p = s * t;
            d[i + 1] = g + p;
            g = c * t - b;
            if (r == 2) RotateFirstAndLast(zt, i, c, s);
            else if (r > 0) PlaneRotation.Apply(zt.Slice(i * r, r), zt.Slice((i + 1) * r, r), c, s);
        }
        d[l] -= p;
        e[l] = g;
        e[m] = 0;
    }

    /// <summary>The r = 2 case of <see cref="PlaneRotation.Apply"/> inlined: Solve's hot path.</summary>
    private static void RotateFirstAndLast(Span<double> zt, int i, double c, double s)
    {
        int at = 2 * i;
        double first = zt[at], last = zt[at + 1], nextFirst = zt[at + 2], nextLast = zt[at + 3];
        zt[at] = c * first - s * nextFirst;
        zt[at + 1] = c * last - s * nextLast;
        zt[at + 2] = s * first + c * nextFirst;
        zt[at + 3] = s * last + c * nextLast;
    }

    /// <summary>‖T‖_∞ = max_i |e_{i−1}| + |d_i| + |e_i|, an upper bound on ‖T‖₂.</summary>
    private static double InfinityNorm(ReadOnlySpan<double> d, ReadOnlySpan<double> e)
    {
        double norm = 0;
        for (int i = 0; i < d.Length; i++)
            norm = Math.Max(norm, (i > 0 ? Math.Abs(e[i - 1]) : 0) + Math.Abs(d[i]) + Math.Abs(e[i]));
        return norm;
    }
}
