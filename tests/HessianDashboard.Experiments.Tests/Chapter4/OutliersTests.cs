using HessianDashboard.Experiments.Chapter4;

namespace HessianDashboard.Experiments.Tests.Chapter4;

public sealed class OutliersTests
{
    /// <summary>90 bulk Ritz values on [−1, 1] carrying 0.99 of the mass, and 5 outliers at 10 … 14 carrying 0.002 each.</summary>
    private static (double[] Ritz, double[] Weights) BulkAndFiveOutliers()
    {
        var ritz = Enumerable.Range(0, 90).Select(i => -1 + 2.0 * i / 89).Concat([10.0, 11, 12, 13, 14]).ToArray();
        var weights = Enumerable.Repeat(0.99 / 90, 90).Concat(Enumerable.Repeat(0.002, 5)).ToArray();
        return (ritz, weights);
    }

    [Fact]
    public void Count_BulkWithFiveSeparatedValues_FindsExactlyFiveAbove()
    {
        var (ritz, weights) = BulkAndFiveOutliers();
        var count = Outliers.Count(ritz, weights);
        count.Above.ShouldBe(5);
        count.Below.ShouldBe(0);
        count.BulkLower.ShouldBe(-1, 1e-12);
        count.BulkUpper.ShouldBe(1, 1e-12);
        count.UpperThreshold.ShouldBe(3, 1e-12); // q_hi + κ·(q_hi − q_lo) = 1 + 2
    }

    [Fact]
    public void Count_ScaledAndShuffled_IsUnchanged()
    {
        var (ritz, weights) = BulkAndFiveOutliers();
        var order = Enumerable.Range(0, ritz.Length).Reverse().ToArray();
        var scaled = Outliers.Count(order.Select(i => 37.5 * ritz[i]).ToArray(), order.Select(i => 3 * weights[i]).ToArray());
        scaled.Above.ShouldBe(5);
        scaled.Below.ShouldBe(0);
    }

    [Fact]
    public void Count_NegatedSpectrum_CountsBelow()
    {
        var (ritz, weights) = BulkAndFiveOutliers();
        var count = Outliers.Count(ritz.Select(t => -t).ToArray(), weights);
        count.Below.ShouldBe(5);
        count.Above.ShouldBe(0);
        count.Total.ShouldBe(5);
    }

    [Fact]
    public void Count_LargerFactor_CountsFewer()
    {
        var (ritz, weights) = BulkAndFiveOutliers();
        Outliers.Count(ritz, weights, factor: 5.5).Above.ShouldBe(2); // threshold 1 + 11 = 12: only 13 and 14
    }

    [Fact]
    public void Count_BadArguments_Throw()
    {
        Should.Throw<ArgumentException>(() => Outliers.Count([1.0, 2], [1.0]));
        Should.Throw<ArgumentException>(() => Outliers.Count([1.0], [1.0], bulkMass: 1));
        Should.Throw<ArgumentException>(() => Outliers.Count([1.0], [1.0], factor: -1));
        Should.Throw<ArgumentException>(() => Outliers.Count([1.0, 2], [-1.0, 2]));
        Outliers.Count([], []).Total.ShouldBe(0);
    }
}
