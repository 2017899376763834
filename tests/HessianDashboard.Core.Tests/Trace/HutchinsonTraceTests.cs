using HessianDashboard.Core.Operators;
using HessianDashboard.Core.Randomness;
using HessianDashboard.Core.Tests.TestSupport;
using HessianDashboard.Core.Trace;

namespace HessianDashboard.Core.Tests.Trace;

public sealed class HutchinsonTraceTests
{
    private static KnownSpectrumMatrix Matrix()
    {
        var sampler = new GaussianSampler(3);
        var eigenvalues = Enumerable.Range(0, 50).Select(_ => 1.0 + sampler.Next()).ToArray(); // mixed signs, tr ≈ 50
        return KnownSpectrumMatrix.Create(eigenvalues, seed: 6);
    }

    private static TraceEstimate Run(ISymmetricOperator op, int samples, int seed,
        ProbeDistribution distribution = ProbeDistribution.Rademacher) =>
        HutchinsonTrace.Estimate(op, samples, seed, distribution, null, TestContext.Current.CancellationToken);

    [Fact]
    public void Estimate_DiagonalWithRademacher_IsExactWithZeroStandardError()
    {
        double[] diagonal = [3.5, -1.25, 7.0, 0.0, 2.0, -4.5];

        var result = Run(KnownSpectrumMatrix.Diagonal(diagonal), samples: 5, seed: 9);

        result.Estimate.ShouldBe(diagonal.Sum(), 1e-14);
        result.StandardError.ShouldBe(0.0, 1e-14);
        result.Samples.ShouldBe(5);
        result.OperatorApplications.ShouldBe(5);
        result.Cancelled.ShouldBeFalse();
    }

    [Fact]
    public void Estimate_MoreSamples_MeanAbsoluteErrorShrinksMoreThanFivefold()
    {
        var matrix = Matrix();
        double MeanError(int samples) =>
            Enumerable.Range(0, 30).Average(seed => Math.Abs(Run(matrix.Operator, samples, seed).Estimate - matrix.Trace));

        double few = MeanError(10), many = MeanError(1000);

        (few / many).ShouldBeGreaterThan(5.0); // O(1/√s) predicts √100 = 10
    }

    [Theory]
    [InlineData(ProbeDistribution.Rademacher)]
    [InlineData(ProbeDistribution.Gaussian)]
    public void Estimate_StandardError_MatchesSpreadOverSeedsWithinFactorTwo(ProbeDistribution distribution)
    {
        var matrix = Matrix();
        var runs = Enumerable.Range(0, 200).Select(seed => Run(matrix.Operator, 40, 1000 + seed, distribution)).ToArray();
        double mean = runs.Average(r => r.Estimate);
        double spread = Math.Sqrt(runs.Sum(r => (r.Estimate - mean) * (r.Estimate - mean)) / (runs.Length - 1));

        double ratio = runs.Average(r => r.StandardError) / spread;

        ratio.ShouldBeInRange(0.5, 2.0);
        Math.Abs(mean - matrix.Trace).ShouldBeLessThanOrEqualTo(4 * spread / Math.Sqrt(runs.Length)); // unbiased
    }

    [Fact]
    public void Estimate_Rademacher_SampleVarianceMatchesClosedForm()
    {
        var matrix = Matrix();
        var a = matrix.Operator;
        int n = a.Dimension;
        double offDiagonalSquares = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (i != j) offDiagonalSquares += a[i, j] * a[i, j];
        const int samples = 4000;

        var result = Run(a, samples, seed: 17);

        double sampleVariance = result.StandardError * result.StandardError * samples;
        (sampleVariance / (2 * offDiagonalSquares)).ShouldBeInRange(0.85, 1.15); // 2(‖A‖_F² − Σ a_ii²)
    }

    [Fact]
    public void Estimate_OneSample_StandardErrorIsNaN()
    {
        var result = Run(Matrix().Operator, samples: 1, seed: 0);

        double.IsFinite(result.Estimate).ShouldBeTrue();
        double.IsNaN(result.StandardError).ShouldBeTrue();
    }

    [Fact]
    public void Estimate_SameSeed_GivesIdenticalEstimate()
    {
        var op = Matrix().Operator;

        Run(op, 25, seed: 4).ShouldBe(Run(op, 25, seed: 4));
    }

    [Fact]
    public void Estimate_CancelledAfterFiveSamples_ReturnsThoseSamples()
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var reports = new List<TraceProgress>();
        void OnProgress(TraceProgress p)
        {
            reports.Add(p);
            if (p.OperatorApplications == 5) cts.Cancel();
        }

        var result = HutchinsonTrace.Estimate(Matrix().Operator, 100, 0, ProbeDistribution.Rademacher, OnProgress, cts.Token);

        result.Cancelled.ShouldBeTrue();
        result.Samples.ShouldBe(5);
        result.OperatorApplications.ShouldBe(5);
        result.Estimate.ShouldBe(reports[^1].RunningEstimate);
        reports.Select(p => p.Budget).ShouldAllBe(b => b == 100);
    }

    [Fact]
    public void Estimate_OperatorReturnsNaN_ReturnsNaNWithoutThrowing()
    {
        var faulty = new FaultyOperator(Matrix().Operator, failFromApplication: 3);

        var result = HutchinsonTrace.Estimate(faulty, 10, cancellationToken: TestContext.Current.CancellationToken);

        double.IsNaN(result.Estimate).ShouldBeTrue();
        result.Samples.ShouldBe(2);
        faulty.Applications.ShouldBe(3);
    }

    [Fact]
    public void Estimate_InvalidArguments_Throw()
    {
        var op = Matrix().Operator;

        Should.Throw<ArgumentException>(() => Run(op, 0, 0)).Message.ShouldContain("at least 1 sample");
        Should.Throw<ArgumentException>(() => Run(op, 10, 0, (ProbeDistribution)7)).Message.ShouldContain("distribution");
    }
}
