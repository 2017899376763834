using HessianDashboard.Core.Operators;
using HessianDashboard.Core.Tests.TestSupport;
using HessianDashboard.Core.Trace;

namespace HessianDashboard.Core.Tests.Trace;

public sealed class HutchPlusPlusTraceTests
{
    private static TraceEstimate Run(ISymmetricOperator op, int budget, int seed,
        ProbeDistribution distribution = ProbeDistribution.Rademacher) =>
        HutchPlusPlusTrace.Estimate(op, budget, seed, distribution, null, TestContext.Current.CancellationToken);

    private static KnownSpectrumMatrix LowRank()
    {
        var eigenvalues = new double[60];
        double[] nonzero = [5.0, -3.0, 2.0, 1.5, -0.5];
        nonzero.CopyTo(eigenvalues, 0);
        return KnownSpectrumMatrix.Create(eigenvalues, seed: 21);
    }

    private static KnownSpectrumMatrix FastDecay() =>
        KnownSpectrumMatrix.Create([.. Enumerable.Range(1, 100).Select(i => 1.0 / ((double)i * i))], seed: 5);

    [Theory]
    [InlineData(15, ProbeDistribution.Rademacher)]
    [InlineData(18, ProbeDistribution.Rademacher)]
    [InlineData(20, ProbeDistribution.Gaussian)]
    public void Estimate_RankAtMostSketchSize_IsExact(int budget, ProbeDistribution distribution)
    {
        var matrix = LowRank(); // rank 5 ≤ ⌊budget/3⌋

        for (int seed = 0; seed < 5; seed++)
        {
            var result = Run(matrix.Operator, budget, seed, distribution);
            (Math.Abs(result.Estimate - matrix.Trace) / Math.Abs(matrix.Trace)).ShouldBeLessThanOrEqualTo(1e-8);
        }
    }

    [Fact]
    public void Estimate_FastDecayingSpectrum_BeatsHutchinsonAtEqualBudget()
    {
        var matrix = FastDecay();
        const int budget = 30, seeds = 20;

        double hutchinson = Enumerable.Range(0, seeds).Average(seed =>
            Math.Abs(HutchinsonTrace.Estimate(matrix.Operator, budget, seed, cancellationToken: TestContext.Current.CancellationToken).Estimate - matrix.Trace));
        double hutchPlusPlus = Enumerable.Range(0, seeds).Average(seed => Math.Abs(Run(matrix.Operator, budget, seed).Estimate - matrix.Trace));

        hutchPlusPlus.ShouldBeLessThan(hutchinson / 5); // measured ≈ 20× smaller
    }

    [Fact]
    public void Estimate_StandardError_MatchesSpreadOverSeedsWithinFactorTwo()
    {
        var matrix = FastDecay();
        var runs = Enumerable.Range(0, 200).Select(seed => Run(matrix.Operator, 30, 500 + seed)).ToArray();
        double mean = runs.Average(r => r.Estimate);
        double spread = Math.Sqrt(runs.Sum(r => (r.Estimate - mean) * (r.Estimate - mean)) / (runs.Length - 1));

        (runs.Average(r => r.StandardError) / spread).ShouldBeInRange(0.5, 2.0);
        Math.Abs(mean - matrix.Trace).ShouldBeLessThanOrEqualTo(4 * spread / Math.Sqrt(runs.Length)); // unbiased
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(20, 8)]
    [InlineData(21, 7)]
    [InlineData(22, 8)]
    public void Estimate_AnyBudget_SpendsExactlyTheBudget(int budget, int expectedSamples)
    {
        var counter = new FaultyOperator(FastDecay().Operator, failFromApplication: int.MaxValue);
        var reports = new List<TraceProgress>();

        var result = HutchPlusPlusTrace.Estimate(counter, budget, 0, ProbeDistribution.Rademacher, reports.Add, TestContext.Current.CancellationToken);

        result.OperatorApplications.ShouldBe(budget);
        counter.Applications.ShouldBe(budget);
        result.Samples.ShouldBe(expectedSamples);
        reports.Count.ShouldBe(budget);
        reports[^1].RunningEstimate.ShouldBe(result.Estimate);
        double.IsNaN(result.StandardError).ShouldBe(expectedSamples < 2);
    }

    [Fact]
    public void Estimate_BudgetAboveThreeTimesDimension_IsExact()
    {
        var matrix = KnownSpectrumMatrix.Create([4.0, -2.0, 1.0, 0.5, 3.0, -1.0, 2.5, 0.25], seed: 8);

        var result = Run(matrix.Operator, budget: 40, seed: 1); // k capped at n = 8, 24 residual samples

        result.Samples.ShouldBe(24);
        result.Estimate.ShouldBe(matrix.Trace, 1e-10);
    }

    [Fact]
    public void Estimate_CancelledDuringSketch_ReturnsNaN()
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        void OnProgress(TraceProgress p)
        {
            if (p.OperatorApplications == 2) cts.Cancel();
        }

        var result = HutchPlusPlusTrace.Estimate(FastDecay().Operator, 30, 0, ProbeDistribution.Rademacher, OnProgress, cts.Token);

        result.Cancelled.ShouldBeTrue();
        result.OperatorApplications.ShouldBe(2);
        double.IsNaN(result.Estimate).ShouldBeTrue();
    }

    [Fact]
    public void Estimate_CancelledDuringHutchinsonPhase_KeepsPartialEstimate()
    {
        var matrix = FastDecay();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        void OnProgress(TraceProgress p)
        {
            if (p.OperatorApplications == 23) cts.Cancel(); // 20 sketch + 3 samples
        }

        var result = HutchPlusPlusTrace.Estimate(matrix.Operator, 30, 0, ProbeDistribution.Rademacher, OnProgress, cts.Token);

        result.Cancelled.ShouldBeTrue();
        result.Samples.ShouldBe(3);
        result.OperatorApplications.ShouldBe(23);
        result.Estimate.ShouldBe(matrix.Trace, 0.1);
    }

    [Fact]
    public void Estimate_OperatorReturnsNaN_ReturnsNaNWithoutThrowing()
    {
        var faulty = new FaultyOperator(FastDecay().Operator, failFromApplication: 2);

        var result = Run(faulty, 30, 0);

        double.IsNaN(result.Estimate).ShouldBeTrue();
        result.OperatorApplications.ShouldBe(10);
    }

    [Fact]
    public void Estimate_InvalidArguments_Throw()
    {
        var op = FastDecay().Operator;

        Should.Throw<ArgumentException>(() => Run(op, 2, 0)).Message.ShouldContain("at least 3");
        Should.Throw<ArgumentException>(() => Run(op, 9, 0, (ProbeDistribution)7)).Message.ShouldContain("distribution");
    }
}
