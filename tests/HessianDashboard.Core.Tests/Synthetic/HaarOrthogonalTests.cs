using HessianDashboard.Core.Randomness;
using HessianDashboard.Core.Synthetic;

namespace HessianDashboard.Core.Tests.Synthetic;

public sealed class HaarOrthogonalTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    [InlineData(200)]
    public void Sample_AnySize_IsOrthogonal(int n)
    {
        var q = HaarOrthogonal.Sample(n, 17);

        q.Length.ShouldBe(n * n);
        MaxDeviationFromIdentity(q, n, transposeFirst: true).ShouldBeLessThan(1e-12);  // QᵀQ = I
        MaxDeviationFromIdentity(q, n, transposeFirst: false).ShouldBeLessThan(1e-12); // QQᵀ = I
    }

    [Fact]
    public void Sample_SameSeed_IsDeterministic()
    {
        HaarOrthogonal.Sample(30, 5).ShouldBe(HaarOrthogonal.Sample(30, 5));
    }

    [Fact]
    public void Sample_DifferentSeeds_Differ()
    {
        HaarOrthogonal.Sample(30, 5).SequenceEqual(HaarOrthogonal.Sample(30, 6)).ShouldBeFalse();
    }

    [Fact]
    public void Sample_FirstColumn_IsNormalisedFirstGaussianColumn()
    {
        // With the sign correction R has a positive diagonal, so Q e₁ = g₁ / ‖g₁‖ (G is filled column by column).
        const int n = 6;
        var g = new GaussianSampler(23).NextVector(n);
        double norm = Math.Sqrt(g.Sum(v => v * v));

        var q = HaarOrthogonal.Sample(n, 23);

        for (int i = 0; i < n; i++) q[i * n].ShouldBe(g[i] / norm, 1e-14);
    }

    [Fact]
    public void Sample_ManySeeds_FirstEntryHasHaarMoments()
    {
        // For Haar Q ∈ O(n): E[q₁₁] = 0 and n·E[q₁₁²] = 1; Var(n·q₁₁²) = 2(n − 1)/(n + 2) = 1.5 for n = 10.
        // Without the sign correction q₁₁ would be negative on every draw (mean ≈ −0.25).
        const int n = 10, draws = 3000;
        double sum = 0, sumSquares = 0, sumLastDiagonal = 0;
        for (int seed = 0; seed < draws; seed++)
        {
            var q = HaarOrthogonal.Sample(n, seed);
            sum += q[0];
            sumSquares += q[0] * q[0];
            sumLastDiagonal += q[n * n - 1];
        }

        (sum / draws).ShouldBe(0.0, 0.03); // standard error 0.006
        (n * sumSquares / draws).ShouldBe(1.0, 0.12); // standard error 0.022
        (sumLastDiagonal / draws).ShouldBe(0.0, 0.03);
    }

    [Fact]
    public void Sample_NonPositiveSize_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => HaarOrthogonal.Sample(0, 1));
    }

    private static double MaxDeviationFromIdentity(double[] q, int n, bool transposeFirst)
    {
        double worst = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                double s = 0;
                for (int k = 0; k < n; k++)
                    s += transposeFirst ? q[k * n + i] * q[k * n + j] : q[i * n + k] * q[j * n + k];
                worst = Math.Max(worst, Math.Abs(s - (i == j ? 1.0 : 0.0)));
            }
        return worst;
    }
}
