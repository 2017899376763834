using HessianDashboard.Experiments.Chapter4;

namespace HessianDashboard.Experiments.Tests.Chapter4;

public sealed class JensenShannonTests
{
    [Fact]
    public void Distance_SameShapeDifferentScale_IsZero()
    {
        JensenShannon.Distance([1.0, 2, 3], [2.0, 4, 6]).ShouldBe(0, 1e-15);
    }

    [Fact]
    public void Distance_DisjointSupports_IsSqrtLn2()
    {
        JensenShannon.Distance([1.0, 1, 0, 0], [0.0, 0, 5, 1]).ShouldBe(Math.Sqrt(Math.Log(2)), 1e-15);
        JensenShannon.MaxDistance.ShouldBe(Math.Sqrt(Math.Log(2)), 1e-15);
    }

    [Fact]
    public void Distance_TwoPointOracle_MatchesClosedForm()
    {
        // P = (1, 0), Q = (½, ½): M = (¾, ¼); JS = ½·ln(4/3) + ½·(½ ln(2/3) + ½ ln 2).
        double expected = Math.Sqrt(0.5 * Math.Log(4.0 / 3) + 0.25 * Math.Log(2.0 / 3) + 0.25 * Math.Log(2));
        JensenShannon.Distance([1.0, 0], [0.5, 0.5]).ShouldBe(expected, 1e-14);
    }

    [Fact]
    public void Matrix_RandomDensities_SymmetricZeroDiagonalWithinBoundsAndTriangle()
    {
        var random = new Random(3);
        var densities = Enumerable.Range(0, 5).Select(_ => (IReadOnlyList<double>)Enumerable.Range(0, 50).Select(_ => random.NextDouble() * random.NextDouble()).ToArray()).ToArray();
        var d = JensenShannon.Matrix(densities);
        for (int i = 0; i < 5; i++)
        {
            d[i][i].ShouldBe(0);
            for (int j = 0; j < 5; j++)
            {
                d[i][j].ShouldBe(d[j][i]);
                d[i][j].ShouldBeInRange(0, JensenShannon.MaxDistance);
                for (int k = 0; k < 5; k++) d[i][j].ShouldBeLessThanOrEqualTo(d[i][k] + d[k][j] + 1e-12); // √JS is a metric
            }
        }
    }

    [Fact]
    public void Distance_BadInput_Throws()
    {
        Should.Throw<ArgumentException>(() => JensenShannon.Distance([1.0], [1.0, 2]));
        Should.Throw<ArgumentException>(() => JensenShannon.Distance([0.0, 0], [1.0, 2]));
        Should.Throw<ArgumentException>(() => JensenShannon.Distance([-1.0, 2], [1.0, 2]));
    }
}
