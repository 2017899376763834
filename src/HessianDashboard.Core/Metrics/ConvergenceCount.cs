namespace HessianDashboard.Core.Metrics;

/// <summary>
/// Counts the "correctly estimated eigenvalues" of thesis §3.3: true eigenvalues with a Ritz value within ε
/// (ε = 10⁻⁵ in the thesis), with each Ritz value allowed to account for one true eigenvalue only.
/// </summary>
public static class ConvergenceCount
{
    /// <summary>
    /// Matches Ritz values θ to true eigenvalues λ one-to-one, pairing θ_a with λ_b only if |θ_a − λ_b| ≤ ε, and
    /// returns a matching of maximum size:
    /// <list type="bullet">
    /// <item><b>Converged</b> = the number of matched true eigenvalues. Each true index is matched at most once, so
    /// a true eigenvalue of multiplicity p (e.g. repeated exact zeros) can be matched by up to p distinct Ritz values.</item>
    /// <item><b>Ghosts</b> = the number of unmatched Ritz values that are nevertheless within ε of some true
    /// eigenvalue: every true eigenvalue near them is already taken, so they are extra copies (ghost eigenvalues).
    /// Ritz values farther than ε from every true eigenvalue are neither converged nor ghosts.</item>
    /// </list>
    /// Algorithm: both arrays are sorted ascending; the Ritz values are visited in ascending order and each takes the
    /// smallest still-free true eigenvalue λ ≥ θ − ε, if that λ ≤ θ + ε (two pointers). Because every θ has an
    /// interval [θ − ε, θ + ε] of the same width, this greedy is a maximum matching; cost O(m log m + n log n).
    /// Among equal true eigenvalues the lower caller index is matched first.
    /// </summary>
    /// <param name="ritzValues">The Ritz values θ (any order; not modified).</param>
    /// <param name="trueEigenvalues">The true eigenvalues λ (any order, repeats allowed; not modified).</param>
    /// <param name="epsilon">The tolerance ε &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">ε is not a finite positive number.</exception>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static ConvergenceSummary Count(double[] ritzValues, double[] trueEigenvalues, double epsilon = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(ritzValues);
        ArgumentNullException.ThrowIfNull(trueEigenvalues);
        if (!double.IsFinite(epsilon) || epsilon <= 0)
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "ε must be a finite positive number.");
        if (!LinearAlgebra.Vectors.AllFinite(ritzValues)) throw new ArgumentException("Ritz values must be finite.", nameof(ritzValues));
        if (!LinearAlgebra.Vectors.AllFinite(trueEigenvalues))
            throw new ArgumentException("True eigenvalues must be finite.", nameof(trueEigenvalues));

        var theta = (double[])ritzValues.Clone();
        Array.Sort(theta);
        var order = new int[trueEigenvalues.Length];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (p, q) =>
        {
            int c = trueEigenvalues[p].CompareTo(trueEigenvalues[q]);
            return c != 0 ? c : p.CompareTo(q);
        });
        var lambda = new double[order.Length];
        for (int i = 0; i < order.Length; i++) lambda[i] = trueEigenvalues[order[i]];

        var matched = new List<int>();
        int ghosts = 0, next = 0;
        foreach (double t in theta)
        {
            // True eigenvalues below t − ε are out of reach of this and every later (larger) Ritz value.
            while (next < lambda.Length && t - lambda[next] > epsilon) next++;
            if (next < lambda.Length && lambda[next] - t <= epsilon)
                matched.Add(order[next++]);
            else if (IsNear(lambda, t, epsilon))
                ghosts++;
        }
        matched.Sort();
        return new ConvergenceSummary(matched.Count, ghosts, [.. matched]);
    }

    /// <summary>True when some λ in the sorted array satisfies |λ − t| ≤ ε.</summary>
    private static bool IsNear(double[] sorted, double t, double epsilon)
    {
        int index = Array.BinarySearch(sorted, t);
        if (index >= 0) return true;
        index = ~index; // first element greater than t
        return (index < sorted.Length && sorted[index] - t <= epsilon)
            || (index > 0 && t - sorted[index - 1] <= epsilon);
    }
}
