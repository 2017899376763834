using HessianDashboard.Core.Tridiagonal;
using static HessianDashboard.Core.Tests.Tridiagonal.TridiagonalOracle;

namespace HessianDashboard.Core.Tests.Tridiagonal;

public sealed class SymmetricTridiagonalEigensolverTests
{
    private const double ValueTolerance = 1e-12;      // relative to ‖T‖
    private const double ComponentTolerance = 1e-9;   // for eigenvalues with relative gap ≥ SeparatedGap
    private const double SeparatedGap = 1e-4;
    private const double IdentityTolerance = 1e-12;

    [Theory]
    [InlineData(1, 11)]
    [InlineData(2, 12)]
    [InlineData(3, 13)]
    [InlineData(10, 14)]
    [InlineData(100, 15)]
    [InlineData(300, 16)]
    public void Solve_RandomTridiagonal_MatchesDenseEvd(int k, int seed)
    {
        var (alpha, beta) = Random(k, seed);
        var (refValues, refVectors) = DenseEvd(alpha, beta);
        double norm = Norm(refValues);

        var pairs = SymmetricTridiagonalEigensolver.Solve(alpha, beta);

        pairs.Values.Length.ShouldBe(k);
        int compared = 0;
        for (int i = 0; i < k; i++)
        {
            pairs.Values[i].ShouldBe(refValues[i], ValueTolerance * norm);
            if (Gap(refValues, i) < SeparatedGap * norm) continue;
            Math.Abs(pairs.FirstComponents[i]).ShouldBe(Math.Abs(refVectors[0, i]), ComponentTolerance);
            Math.Abs(pairs.LastComponents[i]).ShouldBe(Math.Abs(refVectors[k - 1, i]), ComponentTolerance);
            compared++;
        }
        compared.ShouldBeGreaterThan(k * 9 / 10);
    }

    [Theory]
    [InlineData(1, 21)]
    [InlineData(2, 22)]
    [InlineData(3, 23)]
    [InlineData(10, 24)]
    [InlineData(100, 25)]
    [InlineData(300, 26)]
    public void Solve_RandomTridiagonal_SatisfiesMomentIdentities(int k, int seed)
    {
        var (alpha, beta) = Random(k, seed);
        ShouldSatisfyMomentIdentities(SymmetricTridiagonalEigensolver.Solve(alpha, beta), alpha, beta, IdentityTolerance);
    }

    [Theory]
    [InlineData(1, 31)]
    [InlineData(7, 32)]
    [InlineData(150, 33)]
    public void Eigenvalues_RandomTridiagonal_MatchSolveValues(int k, int seed)
    {
        var (alpha, beta) = Random(k, seed);
        var values = SymmetricTridiagonalEigensolver.Eigenvalues(alpha, beta);
        var pairs = SymmetricTridiagonalEigensolver.Solve(alpha, beta);
        double norm = Norm(pairs.Values);
        for (int i = 0; i < k; i++) values[i].ShouldBe(pairs.Values[i], ValueTolerance * norm);
        for (int i = 1; i < k; i++) values[i].ShouldBeGreaterThanOrEqualTo(values[i - 1]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(64)]
    [InlineData(500)]
    public void Solve_SecondDifferenceMatrix_MatchesClosedForm(int k)
    {
        double[] alpha = [.. Enumerable.Repeat(2.0, k)];
        double[] beta = [.. Enumerable.Repeat(-1.0, k - 1)];

        var pairs = SymmetricTridiagonalEigensolver.Solve(alpha, beta);

        for (int j = 1; j <= k; j++)
        {
            double theta = j * Math.PI / (k + 1);
            pairs.Values[j - 1].ShouldBe(2 - 2 * Math.Cos(theta), 1e-13 * 4);
            // Eigenvector j has components √(2/(k+1)) sin(i j π/(k+1)), i = 1..k; the first is positive.
            pairs.FirstComponents[j - 1].ShouldBe(Math.Sqrt(2.0 / (k + 1)) * Math.Sin(theta), 1e-12);
            Math.Abs(pairs.LastComponents[j - 1]).ShouldBe(Math.Sqrt(2.0 / (k + 1)) * Math.Sin(theta), 1e-12);
        }
    }

    [Fact]
    public void Solve_TwoByTwo_MatchesClosedForm()
    {
        double a = 3, b = 0.5, c = -1;
        var pairs = SymmetricTridiagonalEigensolver.Solve([a, c], [b]);
        double mean = (a + c) / 2, radius = Math.Sqrt((a - c) * (a - c) / 4 + b * b);
        pairs.Values.ShouldBe([mean - radius, mean + radius], 1e-15 * 4);
        for (int i = 0; i < 2; i++)
        {
            // (T − λI) z = 0 gives z ∝ (b, λ − a): the ratio of last to first component is (λ − a)/b.
            (pairs.LastComponents[i] / pairs.FirstComponents[i]).ShouldBe((pairs.Values[i] - a) / b, 1e-13);
            pairs.FirstComponents[i].ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public void Solve_SingleEntry_ReturnsItWithUnitComponents()
    {
        var pairs = SymmetricTridiagonalEigensolver.Solve([-7.5], []);
        pairs.Values.ShouldBe([-7.5]);
        pairs.FirstComponents.ShouldBe([1.0]);
        pairs.LastComponents.ShouldBe([1.0]);
    }

    [Fact]
    public void Solve_DiagonalOnly_ReturnsSortedDiagonalAndUnitVectors()
    {
        double[] alpha = [3, -1, 0, 2, 5];
        var pairs = SymmetricTridiagonalEigensolver.Solve(alpha, new double[4]);
        pairs.Values.ShouldBe([-1.0, 0, 2, 3, 5]);
        // Eigenvector of 3 is e_1 and of 5 is e_k; every other one has zero first and last components.
        pairs.FirstComponents.ShouldBe([0.0, 0, 0, 1, 0]);
        pairs.LastComponents.ShouldBe([0.0, 0, 0, 0, 1]);
    }

    [Fact]
    public void Solve_ZeroMatrix_ReturnsZerosAndAnOrthonormalBasis()
    {
        var pairs = SymmetricTridiagonalEigensolver.Solve(new double[4], new double[3]);
        pairs.Values.ShouldBe([0.0, 0, 0, 0]);
        ShouldSatisfyMomentIdentities(pairs, new double[4], new double[3], IdentityTolerance);
    }
}
