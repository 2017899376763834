using HessianDashboard.Core.Operators;

namespace HessianDashboard.Core.Tests.Operators;

public sealed class DiagonalOperatorTests
{
    [Fact]
    public void Apply_AnyVector_IsElementwiseProduct()
    {
        var op = new DiagonalOperator([2.0, -1.0, 0.0, 0.5]);
        var y = new double[4];

        op.Apply([1.0, 3.0, 7.0, -4.0], y);

        op.Dimension.ShouldBe(4);
        y.ShouldBe([2.0, -3.0, 0.0, -2.0]);
    }

    [Fact]
    public void Apply_MatchesDenseReference()
    {
        double[] d = [1.5, -2.5, 3.25];
        var dense = new double[9];
        for (int i = 0; i < 3; i++) dense[i * 3 + i] = d[i];
        double[] x = [0.1, 0.2, 0.3];
        var expected = new double[3];
        var actual = new double[3];

        new DenseSymmetricOperator(dense, 3).Apply(x, expected);
        new DiagonalOperator(d).Apply(x, actual);

        for (int i = 0; i < 3; i++) actual[i].ShouldBe(expected[i], 1e-15);
    }

    [Fact]
    public void Constructor_Empty_Throws()
    {
        Should.Throw<ArgumentException>(() => new DiagonalOperator([]));
    }

    [Fact]
    public void Constructor_NaN_Throws()
    {
        Should.Throw<ArgumentException>(() => new DiagonalOperator([1.0, double.NaN]));
    }

    [Fact]
    public void Apply_OverlappingBuffers_Throws()
    {
        var op = new DiagonalOperator([1.0, 2.0]);
        var buffer = new double[2];
        Should.Throw<ArgumentException>(() => op.Apply(buffer, buffer));
    }
}
