using System.Diagnostics;
using HessianDashboard.Core.Tridiagonal;
using MathNet.Numerics.LinearAlgebra;
using static HessianDashboard.Core.Tests.Tridiagonal.TridiagonalOracle;

namespace HessianDashboard.Core.Tests.Tridiagonal;

/// <summary>
/// Timing of the O(k²) <see cref="SymmetricTridiagonalEigensolver.Solve"/> against MathNet's O(k³) dense
/// EVD at k = 1000. Explicit: run with
/// <c>dotnet test tests/HessianDashboard.Core.Tests -- --filter-class "*Benchmark" --explicit only --output Detailed</c>.
/// </summary>
public sealed class SymmetricTridiagonalEigensolverBenchmark
{
    [Fact(Explicit = true)]
    public void Solve_K1000_IsMuchFasterThanDenseEvd()
    {
        const int k = 1000;
        var (alpha, beta) = Random(k, 1000);
        var dense = Matrix<double>.Build.DenseOfArray(Dense(alpha, beta));
        SymmetricTridiagonalEigensolver.Solve(alpha, beta);   // JIT warm-up
        SymmetricTridiagonalEigensolver.Eigenvalues(alpha, beta);

        double solve = BestOf(5, () => SymmetricTridiagonalEigensolver.Solve(alpha, beta));
        double values = BestOf(5, () => SymmetricTridiagonalEigensolver.Eigenvalues(alpha, beta));
        double vectors = BestOf(1, () => SymmetricTridiagonalEigensolver.SolveWithVectors(alpha, beta));
        double evd = BestOf(2, () => dense.Evd(Symmetricity.Symmetric));

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"k = {k}: Solve {solve:F1} ms, Eigenvalues {values:F1} ms, SolveWithVectors {vectors:F1} ms, " +
                          $"MathNet dense Evd {evd:F1} ms; Evd / Solve = {evd / solve:F0}×");
        solve.ShouldBeLessThan(evd / 5);
    }

    private static double BestOf(int runs, Action action)
    {
        double best = double.PositiveInfinity;
        for (int run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}
