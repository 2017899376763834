using HessianDashboard.Core.LinearAlgebra;

namespace HessianDashboard.Core.Tridiagonal;

/// <summary>
/// A validated working copy of T, scaled by an exact power of two so that its largest entry lies
/// in [1, 2), and possibly reversed (T' = P T P with P the reversal permutation) so that the
/// diagonal is smaller in magnitude at the top, the end where QL deflates first.
/// </summary>
internal sealed class ScaledTridiagonal
{
    private ScaledTridiagonal(double[] diagonal, double[] offDiagonal, int exponent, bool reversed)
    {
        Diagonal = diagonal;
        OffDiagonal = offDiagonal;
        Exponent = exponent;
        Reversed = reversed;
    }

    /// <summary>d_1..d_k of the scaled (and possibly reversed) matrix; the solver overwrites it.</summary>
    public double[] Diagonal { get; }

    /// <summary>e_1..e_{k−1} followed by one zero slot (length k); the solver overwrites it.</summary>
    public double[] OffDiagonal { get; }

    /// <summary>The working matrix is 2^Exponent · T (possibly reversed).</summary>
    public int Exponent { get; }

    /// <summary>True when the working matrix is P T P: eigenvector rows come out in reverse order.</summary>
    public bool Reversed { get; }

    public int Size => Diagonal.Length;

    /// <summary>Multiplies a working-matrix eigenvalue back to an eigenvalue of T (exact).</summary>
    public double Unscale(double value) => Math.ScaleB(value, -Exponent);

    /// <summary>Validates α (length k ≥ 1) and β (length ≥ k − 1, extra entries ignored) and prepares the copy.</summary>
    public static ScaledTridiagonal Create(ReadOnlySpan<double> diagonal, ReadOnlySpan<double> offDiagonal)
    {
        int k = diagonal.Length;
        if (k == 0)
            throw new ArgumentException("The diagonal must have at least one entry.", nameof(diagonal));
        if (offDiagonal.Length < k - 1)
            throw new ArgumentException(
                $"The off-diagonal has length {offDiagonal.Length}, but a {k}×{k} tridiagonal matrix needs at least {k - 1} entries.",
                nameof(offDiagonal));
        var beta = offDiagonal[..(k - 1)];
        if (!Vectors.AllFinite(diagonal))
            throw new ArgumentException("The diagonal contains NaN or an infinity.", nameof(diagonal));
        if (!Vectors.AllFinite(beta))
            throw new ArgumentException("The off-diagonal contains NaN or an infinity.", nameof(offDiagonal));

        double max = 0;
        foreach (double v in diagonal) max = Math.Max(max, Math.Abs(v));
        foreach (double v in beta) max = Math.Max(max, Math.Abs(v));
        int exponent = max == 0 ? 0 : -Math.ILogB(max);

        bool reversed = Math.Abs(diagonal[0]) > Math.Abs(diagonal[k - 1]);
        var d = new double[k];
        var e = new double[k];
        for (int i = 0; i < k; i++)
            d[i] = Math.ScaleB(diagonal[reversed ? k - 1 - i : i], exponent);
        for (int i = 0; i < k - 1; i++)
            e[i] = Math.ScaleB(beta[reversed ? k - 2 - i : i], exponent);
        return new ScaledTridiagonal(d, e, exponent, reversed);
    }
}
