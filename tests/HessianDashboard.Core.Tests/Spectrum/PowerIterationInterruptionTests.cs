using HessianDashboard.Core.LinearAlgebra;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Tests.TestSupport;

namespace HessianDashboard.Core.Tests.Spectrum;

/// <summary>MaxIterations, cancellation and non-finite operator output.</summary>
public sealed class PowerIterationInterruptionTests
{
    private static CancellationToken Token => PowerIterationTests.Token;

    private static KnownSpectrumMatrix Matrix() => PowerIterationTests.Matrix();

    [Fact]
    public void Run_MaxIterationsTooSmall_PairsNotConverged()
    {
        var result = PowerIteration.Run(Matrix().Operator, new PowerIterationOptions { Count = 2, MaxIterations = 5 }, null, Token);

        result.Status.ShouldBe(PowerIterationStatus.MaxIterationsReached);
        result.Message.ShouldNotBeNull().ShouldContain("Pair 1");
        result.Pairs.Length.ShouldBe(2);
        result.Pairs.ShouldAllBe(p => !p.Converged && p.Iterations == 5);
        result.OperatorApplications.ShouldBe(10);
        Math.Abs(Vectors.Dot(result.Pairs[0].Vector, result.Pairs[1].Vector)).ShouldBeLessThanOrEqualTo(1e-14);
    }

    [Fact]
    public void Run_CancelledDuringSecondPair_KeepsConvergedPairAndCurrentEstimate()
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Token);
        void OnProgress(PowerIterationProgress p)
        {
            if (p.PairIndex == 1 && p.Iteration == 3) cts.Cancel();
        }

        var result = PowerIteration.Run(Matrix().Operator, new PowerIterationOptions { Count = 3, Seed = 3 }, OnProgress, cts.Token);

        result.Status.ShouldBe(PowerIterationStatus.Cancelled);
        result.Message.ShouldNotBeNull().ShouldContain("pair 2");
        result.Pairs.Length.ShouldBe(2);
        result.Pairs[0].Converged.ShouldBeTrue();
        result.Pairs[0].Value.ShouldBe(-10.0, 1e-7);
        result.Pairs[1].Converged.ShouldBeFalse();
        result.Pairs[1].Iterations.ShouldBe(3);
        result.OperatorApplications.ShouldBe(result.Pairs[0].Iterations + 3);
    }

    [Fact]
    public void Run_CancelledBeforeStart_ReturnsNoPairs()
    {
        var result = PowerIteration.Run(Matrix().Operator, null, null, new CancellationToken(canceled: true));

        result.Status.ShouldBe(PowerIterationStatus.Cancelled);
        result.Pairs.ShouldBeEmpty();
        result.OperatorApplications.ShouldBe(0);
    }

    [Fact]
    public void Run_OperatorReturnsNaN_StopsWithNonFiniteStatusAndLastEstimate()
    {
        var faulty = new FaultyOperator(Matrix().Operator, failFromApplication: 10);

        var result = PowerIteration.Run(faulty, new PowerIterationOptions { Count = 2 }, null, Token);

        result.Status.ShouldBe(PowerIterationStatus.NonFinite);
        result.Message.ShouldNotBeNull().ShouldContain("non-finite");
        result.Pairs.Length.ShouldBe(1);
        result.Pairs[0].Converged.ShouldBeFalse();
        result.Pairs[0].Iterations.ShouldBe(9);
        double.IsFinite(result.Pairs[0].Value).ShouldBeTrue();
        faulty.Applications.ShouldBe(10);
    }
}
