using HessianDashboard.Core.Operators;
using HessianDashboard.Experiments.Networks;

namespace HessianDashboard.Experiments.Tests.Networks;

public sealed class OperatorWarmupTests
{
    /// <summary>The identity, counting its products and keeping the directions it was given.</summary>
    private sealed class CountingOperator(int dimension) : ISymmetricOperator
    {
        public int Dimension => dimension;
        public List<double[]> Inputs { get; } = [];

        public void Apply(ReadOnlySpan<double> x, Span<double> y)
        {
            Inputs.Add(x.ToArray());
            x.CopyTo(y);
        }
    }

    [Fact]
    public void Run_TwoProducts_AppliesTheOperatorTwiceOnSeededNonZeroDirections()
    {
        var op = new CountingOperator(5);
        var again = new CountingOperator(5);

        OperatorWarmup.Run(op, 2, seed: 7);
        OperatorWarmup.Run(again, 2, seed: 7);

        op.Inputs.Count.ShouldBe(2);
        op.Inputs.ShouldAllBe(x => x.Length == 5 && x.Any(v => v != 0));
        op.Inputs[0].ShouldNotBe(op.Inputs[1]);
        again.Inputs[1].ShouldBe(op.Inputs[1]); // seeded: the same directions again
    }

    [Fact]
    public void Run_NoProducts_NeverAppliesTheOperator()
    {
        var op = new CountingOperator(3);

        OperatorWarmup.Run(op, 0, seed: 1);

        op.Inputs.ShouldBeEmpty();
    }
}
