using HessianDashboard.Core.Metrics;

namespace HessianDashboard.Core.Tests.Metrics;

public sealed class ConvergenceCountTests
{
    [Fact]
    public void Count_RepeatedZerosWithExtraCopy_ThreeConvergedOneGhost()
    {
        var summary = ConvergenceCount.Count([0, 0, 0, 1 + 1e-7], [0, 0, 1]);

        summary.Converged.ShouldBe(3);
        summary.Ghosts.ShouldBe(1);
        summary.MatchedTrueIndices.ShouldBe([0, 1, 2]);
    }

    [Fact]
    public void Count_RitzFarFromAll_NothingConvergedNoGhosts()
    {
        var summary = ConvergenceCount.Count([5, -5, 0.5], [0, 0, 1]);

        summary.Converged.ShouldBe(0);
        summary.Ghosts.ShouldBe(0);
        summary.MatchedTrueIndices.ShouldBeEmpty();
    }

    [Fact]
    public void Count_MultiplicityLargerThanRitzCopies_MatchesLowestIndicesOfRepeatedValue()
    {
        var summary = ConvergenceCount.Count([0.0], [2, 0, 0, 0]);

        summary.Converged.ShouldBe(1);
        summary.Ghosts.ShouldBe(0);
        summary.MatchedTrueIndices.ShouldBe([1]);
    }

    [Fact]
    public void Count_ManyCopiesOfOneEigenvalue_OneConvergedRestGhosts()
    {
        // The no-reorthogonalisation failure mode: the top eigenvalue found four times.
        var summary = ConvergenceCount.Count([9.999999, 10, 10.000001, 10.000002, 3.2], [1, 2, 10]);

        summary.Converged.ShouldBe(1);
        summary.Ghosts.ShouldBe(3);
        summary.MatchedTrueIndices.ShouldBe([2]);
    }

    [Fact]
    public void Count_NearestNeighbourWouldLoseOne_OptimalMatchingFindsBoth()
    {
        // θ₁ = 0.8ε is nearer to λ₂ = 1.5ε but λ₁ = 0 is its only alternative; θ₂ = 1.6ε can only take λ₂.
        const double eps = 1e-5;
        var summary = ConvergenceCount.Count([1.6 * eps, 0.8 * eps], [1.5 * eps, 0], eps);

        summary.Converged.ShouldBe(2);
        summary.Ghosts.ShouldBe(0);
        summary.MatchedTrueIndices.ShouldBe([0, 1]);
    }

    [Fact]
    public void Count_DistanceExactlyEpsilonOrJustBeyond_RespectsClosedBall()
    {
        ConvergenceCount.Count([0.5], [0.0], 0.5).Converged.ShouldBe(1);
        ConvergenceCount.Count([0.5000001], [0.0], 0.5).Converged.ShouldBe(0);
    }

    [Fact]
    public void Count_InputsNotModified()
    {
        double[] ritz = [3, 1, 2];
        double[] truth = [2, 3, 1];

        ConvergenceCount.Count(ritz, truth).Converged.ShouldBe(3);

        ritz.ShouldBe([3.0, 1.0, 2.0]);
        truth.ShouldBe([2.0, 3.0, 1.0]);
    }

    [Fact]
    public void Count_EmptyInputs_AreZero()
    {
        var noRitz = ConvergenceCount.Count([], [1.0]);
        var noTruth = ConvergenceCount.Count([1.0], []);

        (noRitz.Converged, noRitz.Ghosts, noRitz.MatchedTrueIndices.Length).ShouldBe((0, 0, 0));
        (noTruth.Converged, noTruth.Ghosts, noTruth.MatchedTrueIndices.Length).ShouldBe((0, 0, 0));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1e-5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Count_InvalidEpsilon_Throws(double epsilon)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ConvergenceCount.Count([0.0], [0.0], epsilon));
    }

    [Fact]
    public void Count_NaNRitzValue_Throws()
    {
        Should.Throw<ArgumentException>(() => ConvergenceCount.Count([double.NaN], [0.0]));
    }

    [Fact]
    public void Count_RandomClusteredInputs_EqualsBruteForceMaximumMatching()
    {
        var random = new Random(31);
        for (int trial = 0; trial < 300; trial++)
        {
            // Values on a coarse grid of step 0.4ε so that ties, repeats and near-misses are common.
            double[] truth = Grid(random, random.Next(0, 8));
            double[] ritz = Grid(random, random.Next(0, 8));

            var summary = ConvergenceCount.Count(ritz, truth, 1.0);

            int maximum = BruteForceMaximumMatching(ritz, truth, 1.0);
            int near = ritz.Count(r => truth.Any(t => Math.Abs(r - t) <= 1.0));
            summary.Converged.ShouldBe(maximum);
            summary.Ghosts.ShouldBe(near - maximum);
            summary.MatchedTrueIndices.Distinct().Count().ShouldBe(maximum);
        }
    }

    private static double[] Grid(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => 0.4 * random.Next(0, 12))];

    /// <summary>Kuhn's augmenting-path algorithm on the bipartite graph |θ − λ| ≤ ε.</summary>
    private static int BruteForceMaximumMatching(double[] ritz, double[] truth, double eps)
    {
        var owner = Enumerable.Repeat(-1, truth.Length).ToArray();
        int size = 0;
        for (int r = 0; r < ritz.Length; r++)
            if (Augment(r, new bool[truth.Length])) size++;
        return size;

        bool Augment(int r, bool[] visited)
        {
            for (int t = 0; t < truth.Length; t++)
            {
                if (visited[t] || Math.Abs(ritz[r] - truth[t]) > eps) continue;
                visited[t] = true;
                if (owner[t] < 0 || Augment(owner[t], visited))
                {
                    owner[t] = r;
                    return true;
                }
            }
            return false;
        }
    }
}
