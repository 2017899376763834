namespace HessianDashboard.Core.Tests.Tridiagonal;

/// <summary>
/// Seeded adversarial tridiagonal matrices: graded (monotone, peaked, valley-shaped) diagonals, integer
/// diagonals with many repeated values, off-diagonals mixing exact zeros with magnitudes from 1e-300 to 1e3.
/// </summary>
internal static class StructuredTridiagonals
{
    private static readonly double[] Magnitudes = [0, 1e-300, 1e-200, 1e-100, 1e-30, 1e-17, 1e-16, 1e-15, 1e-14, 1e-8, 1e-3, 1, 1e3];

    public static (double[] Alpha, double[] Beta) Create(int seed, int maxSize)
    {
        var random = new Random(seed);
        int k = 1 + random.Next(maxSize);
        int diagonalKind = random.Next(6), offDiagonalKind = random.Next(5);
        double slope = random.NextDouble() * 300.0 / Math.Max(k - 1, 1);
        int centre = random.Next(k);
        var alpha = new double[k];
        var beta = new double[k - 1];
        for (int i = 0; i < k; i++)
            alpha[i] = diagonalKind switch
            {
                0 => random.NextDouble() * 2 - 1,
                1 => 1.0,
                2 => Math.Pow(10, -slope * i) * (random.Next(2) == 0 ? 1 : -1),
                3 => Math.Pow(10, -slope * Math.Abs(i - centre)),
                4 => Math.Pow(10, -slope * (Math.Max(centre, k - 1 - centre) - Math.Abs(i - centre))),
                _ => random.Next(3) - 1,
            };
        if (diagonalKind == 2 && random.Next(2) == 0) Array.Reverse(alpha);
        for (int i = 0; i < k - 1; i++)
            beta[i] = offDiagonalKind switch
            {
                0 => random.NextDouble() * 2 - 1,
                1 => 1.0,
                2 => Magnitudes[random.Next(Magnitudes.Length)] * (random.NextDouble() + 0.5),
                3 => Math.Sqrt(Math.Abs(alpha[i])) * Math.Sqrt(Math.Abs(alpha[i + 1])) * (random.NextDouble() + 0.01),
                _ => random.Next(3) == 0 ? 0 : Magnitudes[random.Next(Magnitudes.Length)],
            };
        return (alpha, beta);
    }

    /// <summary>α_i = 10^exponent(i), β_i = √(α_i α_{i+1})/2 (positive definite for any grading).</summary>
    public static (double[] Alpha, double[] Beta) Graded(int k, Func<int, double> exponent)
    {
        double[] alpha = [.. Enumerable.Range(0, k).Select(i => Math.Pow(10, exponent(i)))];
        double[] beta = [.. Enumerable.Range(0, k - 1).Select(i => Math.Sqrt(alpha[i]) * Math.Sqrt(alpha[i + 1]) / 2)];
        return (alpha, beta);
    }
}
