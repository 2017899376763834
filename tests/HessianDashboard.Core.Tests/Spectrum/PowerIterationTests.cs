using HessianDashboard.Core.LinearAlgebra;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Tests.TestSupport;

namespace HessianDashboard.Core.Tests.Spectrum;

public sealed class PowerIterationTests
{
    // Dominant eigenvalue is negative; |λ2/λ1| = 0.8, |λ3/λ2| = 0.75, |λ4/λ3| = 0.5.
    internal static readonly double[] TopThree = [-10.0, 8.0, 6.0];

    internal static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>n = 40: −10, 8, 6 and a bulk in [−2, 3], eigenvectors from a seeded QR.</summary>
    internal static KnownSpectrumMatrix Matrix()
    {
        const int n = 40;
        var eigenvalues = new double[n];
        TopThree.CopyTo(eigenvalues, 0);
        for (int i = 3; i < n; i++) eigenvalues[i] = -2.0 + 5.0 * (i - 3) / (n - 4); // bulk in [-2, 3]
        return KnownSpectrumMatrix.Create(eigenvalues, seed: 11);
    }

    [Fact]
    public void Run_TopThreeWithDominantNegative_MatchTruthToRelative1e8()
    {
        var result = PowerIteration.Run(Matrix().Operator, new PowerIterationOptions { Count = 3, Seed = 1 }, null, Token);

        result.Status.ShouldBe(PowerIterationStatus.Converged);
        result.Message.ShouldBeNull();
        result.Pairs.Length.ShouldBe(3);
        for (int j = 0; j < 3; j++)
        {
            result.Pairs[j].Converged.ShouldBeTrue();
            (Math.Abs(result.Pairs[j].Value - TopThree[j]) / Math.Abs(TopThree[j])).ShouldBeLessThanOrEqualTo(1e-8);
        }
    }

    [Fact]
    public void Run_AfterAnUnconvergedPlusMinusPair_LaterPairsWithLargeTrueResidualAreNotConverged()
    {
        // ±9 have equal magnitude: the power method cannot separate them, so pair 2 does not converge,
        // and deflating by its wrong vector must not let pair 3 claim convergence with a large residual.
        double[] eigenvalues = [12, 9, -9, 5, 1, 0.5, 0.2, -0.3, -0.1, 0.05];
        var a = KnownSpectrumMatrix.Create(eigenvalues, seed: 5).Operator;
        var result = PowerIteration.Run(a, new PowerIterationOptions { Count = 4, MaxIterations = 300, Seed = 2 }, null, Token);

        foreach (var pair in result.Pairs.Where(p => p.Converged))
            pair.Residual.ShouldBeLessThanOrEqualTo(Math.Sqrt(1e-8) * Math.Abs(pair.Value));
        result.Pairs[0].Converged.ShouldBeTrue();
        result.Pairs[0].Value.ShouldBe(12, 1e-7);
    }

    [Fact]
    public void Run_TopThree_VectorsAreOrthonormalEigenvectors()
    {
        var matrix = Matrix();
        var pairs = PowerIteration.Run(matrix.Operator, new PowerIterationOptions { Count = 3, Seed = 2 }, null, Token).Pairs;

        for (int j = 0; j < 3; j++)
        {
            var u = pairs[j].Vector;
            Vectors.Norm(u).ShouldBe(1.0, 1e-12);
            double measured = KnownSpectrumMatrix.Residual(matrix.Operator, u, pairs[j].Value);
            measured.ShouldBe(pairs[j].Residual, 1e-12 * Math.Abs(pairs[j].Value));
            measured.ShouldBeLessThanOrEqualTo(1e-7 * Math.Abs(pairs[j].Value));
            double alignment = Math.Abs(Vectors.Dot(u, matrix.Eigenvectors.Column(j).AsArray()));
            alignment.ShouldBe(1.0, 1e-12);
            for (int i = 0; i < j; i++)
                Math.Abs(Vectors.Dot(u, pairs[i].Vector)).ShouldBeLessThanOrEqualTo(1e-14);
        }
    }

    [Fact]
    public void Run_EveryIteration_AppliesOperatorOnceAndReportsProgress()
    {
        var counter = new FaultyOperator(Matrix().Operator, failFromApplication: int.MaxValue);
        var reports = new List<PowerIterationProgress>();

        var result = PowerIteration.Run(counter, new PowerIterationOptions { Count = 3 }, reports.Add, Token);

        counter.Applications.ShouldBe(result.OperatorApplications);
        result.Pairs.Sum(p => p.Iterations).ShouldBe(result.OperatorApplications);
        reports.Count.ShouldBe(result.OperatorApplications);
        reports[^1].PairIndex.ShouldBe(2);
        reports[^1].Eigenvalue.ShouldBe(result.Pairs[2].Value);
        reports[^1].Residual.ShouldBeLessThanOrEqualTo(1e-8 * 6.0);
    }

    [Theory]
    [InlineData(PowerIterationStopping.EigenvalueChange)]
    [InlineData(PowerIterationStopping.Both)]
    [InlineData(PowerIterationStopping.Either)]
    public void Run_OtherStoppingRules_ConvergeToDominantEigenvalue(PowerIterationStopping stopping)
    {
        var options = new PowerIterationOptions { Stopping = stopping, Tolerance = 1e-12 };

        var pair = PowerIteration.Run(Matrix().Operator, options, null, Token).Pairs.ShouldHaveSingleItem();

        pair.Converged.ShouldBeTrue();
        pair.Value.ShouldBe(-10.0, 1e-9);
    }

    [Fact]
    public void Run_CountEqualsDimension_RecoversWholeSpectrumByMagnitude()
    {
        double[] eigenvalues = [6.0, -5.0, 4.0, 3.0, -2.0, 1.0];
        var matrix = KnownSpectrumMatrix.Create(eigenvalues, seed: 4);

        var result = PowerIteration.Run(matrix.Operator, new PowerIterationOptions { Count = 6 }, null, Token);

        result.Status.ShouldBe(PowerIterationStatus.Converged);
        result.Pairs.Select(p => p.Value).ToArray().ShouldBe(eigenvalues, 1e-8);
        result.Pairs[^1].Iterations.ShouldBe(1); // the complement of five vectors is one-dimensional
    }

    [Theory]
    [InlineData(PowerIterationStopping.Residual)]
    [InlineData(PowerIterationStopping.EigenvalueChange)]
    public void Run_ZeroOperator_ConvergesToZeroWithoutDividingByZero(PowerIterationStopping stopping)
    {
        var zero = KnownSpectrumMatrix.Diagonal(new double[5]);

        var result = PowerIteration.Run(zero, new PowerIterationOptions { Count = 2, Stopping = stopping }, null, Token);

        result.Status.ShouldBe(PowerIterationStatus.Converged);
        result.Pairs.ShouldAllBe(p => p.Value == 0 && p.Converged && p.Iterations == 1);
    }

    [Fact]
    public void Run_SameSeed_GivesIdenticalResults()
    {
        var op = Matrix().Operator;
        var options = new PowerIterationOptions { Count = 2, Seed = 42 };

        var first = PowerIteration.Run(op, options, null, Token);
        var second = PowerIteration.Run(op, options, null, Token);

        second.Pairs.Select(p => p.Value).ShouldBe(first.Pairs.Select(p => p.Value));
        second.Pairs[1].Vector.ShouldBe(first.Pairs[1].Vector);
    }
}
