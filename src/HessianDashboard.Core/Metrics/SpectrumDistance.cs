namespace HessianDashboard.Core.Metrics;

/// <summary>
/// The L1 and L2 distances between two spectra used in thesis §3.1 to compare Lanczos estimates with the
/// ground truth: both spectra are sorted ascending and compared index by index,
/// L1 = Σ_i |a_(i) − b_(i)| and L2 = sqrt(Σ_i (a_(i) − b_(i))²), where a_(i) is the i-th smallest value.
/// </summary>
/// <remarks>
/// As the thesis notes, these distances are only meaningful when the estimate has the right multiplicities:
/// ghost copies shift every later index. The inputs are not modified (sorted copies are compared).
/// </remarks>
public static class SpectrumDistance
{
    /// <summary>L1 = Σ_i |a_(i) − b_(i)| over the ascending-sorted spectra (0 for two empty spectra).</summary>
    /// <exception cref="ArgumentException">The lengths differ or a value is not finite.</exception>
    public static double L1(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var (x, y) = SortedPair(a, b);
        double sum = 0;
        for (int i = 0; i < x.Length; i++) sum += Math.Abs(x[i] - y[i]);
        return sum;
    }

    /// <summary>L2 = sqrt(Σ_i (a_(i) − b_(i))²) over the ascending-sorted spectra (0 for two empty spectra).</summary>
    /// <exception cref="ArgumentException">The lengths differ or a value is not finite.</exception>
    public static double L2(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var (x, y) = SortedPair(a, b);
        for (int i = 0; i < x.Length; i++) x[i] -= y[i];
        return System.Numerics.Tensors.TensorPrimitives.Norm<double>(x);
    }

    private static (double[] A, double[] B) SortedPair(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length != b.Length)
            throw new ArgumentException($"The spectra have different lengths ({a.Length} and {b.Length}).", nameof(b));
        var x = a.ToArray();
        var y = b.ToArray();
        if (!AllFinite(x) || !AllFinite(y)) throw new ArgumentException("The spectra must be finite (no NaN or infinity).");
        Array.Sort(x);
        Array.Sort(y);
        return (x, y);
    }

    private static bool AllFinite(double[] values) => LinearAlgebra.Vectors.AllFinite(values);
}
