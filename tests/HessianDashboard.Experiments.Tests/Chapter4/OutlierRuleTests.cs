using HessianDashboard.Experiments.Chapter4;

namespace HessianDashboard.Experiments.Tests.Chapter4;

public sealed class OutlierRuleTests
{
    /// <summary>A bulk of 2,000 values in [−0.05, 0.1] (half exact zeros) and C − 1 = 9 outliers in [1, 5].</summary>
    private static double[] SyntheticHessianSpectrum(int outliers)
    {
        var random = new Random(3);
        var bulk = Enumerable.Range(0, 2000).Select(i => i % 2 == 0 ? 0.0 : -0.05 + 0.15 * random.NextDouble() * random.NextDouble());
        var top = Enumerable.Range(0, outliers).Select(i => 1.0 + 4.0 * i / Math.Max(1, outliers - 1));
        return [.. bulk.Concat(top)];
    }

    [Fact]
    public void Find_BulkWithNineSeparatedOutliers_CountsNine()
    {
        var spectrum = SyntheticHessianSpectrum(9);

        var analysis = OutlierRule.Find(spectrum, classes: 10);

        analysis.Count.ShouldBe(9);
        analysis.Expected.ShouldBe(9);
        analysis.Outliers.ShouldAllBe(v => v >= 1.0);
        analysis.BulkEdge.ShouldBeLessThan(0.1);
        analysis.Candidates.Length.ShouldBe(31); // K = 3C = 30, plus λ_{K+1}
        analysis.GapRatios.Length.ShouldBe(30);
    }

    [Fact]
    public void Find_OneEigenvalueFarAbove_CountsOne()
    {
        var spectrum = SyntheticHessianSpectrum(0).Append(100.0).ToArray();

        OutlierRule.Find(spectrum, classes: 10).Count.ShouldBe(1);
    }

    [Fact]
    public void Find_AllEigenvaluesEqual_CountsNone()
    {
        var analysis = OutlierRule.Find(Enumerable.Repeat(0.5, 50).ToArray(), classes: 10);

        analysis.Count.ShouldBe(0);
        analysis.Outliers.ShouldBeEmpty();
    }

    [Fact]
    public void Find_OneClass_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => OutlierRule.Find([1.0, 2.0], classes: 1));
}
