using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Chapter4;

namespace HessianDashboard.Experiments.Tests.Chapter4;

public sealed class BatchSizeSummariesTests
{
    private static BatchRun Run(int size, int repeat, double seconds) => new()
    {
        BatchSize = size, IsFull = size == 1000, Repeat = repeat, Seed = (ulong)repeat, Loss = 1, GradientNorm = 0.5,
        Status = LanczosStatus.Completed, Ritz = [1, 2], LanczosSeconds = seconds, SetupSeconds = 0.1, SpuriousNegatives = [],
    };

    /// <summary>t = 0.002 · b with repeat factors 1.00, 0.98, 1.00 — and a first run of size 1 five times slow (warm-up).</summary>
    private static BatchRun[] WithOutlier()
    {
        double[] factors = [1.00, 0.98, 1.00];
        return [.. new[] { 1, 10, 100, 1000 }.SelectMany(b => factors.Select((f, r) =>
            Run(b, r, 0.002 * b * f * (b == 1 && r == 0 ? 5 : 1))))];
    }

    [Fact]
    public void FitRuntime_OutlierFirstRepeat_IsTheFitOfTheMediansComputedIndependently()
    {
        var runs = WithOutlier();
        // The medians by hand: three repeats per size, the middle one once sorted.
        var sizes = runs.Select(r => r.BatchSize).Distinct().Order().ToArray();
        var medians = sizes.Select(b => runs.Where(r => r.BatchSize == b).Select(r => r.LanczosSeconds).Order().ElementAt(1)).ToArray();

        var fit = BatchSizeSummaries.FitRuntime(runs).ShouldNotBeNull();

        var expected = PowerLawFit.Fit([.. sizes.Select(b => (double)b)], medians);
        fit.Slope.ShouldBe(expected.Slope, 1e-12);
        fit.Intercept.ShouldBe(expected.Intercept, 1e-12);
        fit.RSquared.ShouldBe(expected.RSquared, 1e-12);
        fit.Points.ShouldBe(4);
        // Every size's median is a factor-1.00 run (size 1: of 5.00, 0.98, 1.00): exactly t = 0.002 b, slope 1 …
        fit.Slope.ShouldBe(1, 1e-12);
        fit.Intercept.ShouldBe(Math.Log10(0.002), 1e-12);
        // … while a fit over every repeat is bent by the one slow run.
        var everyRun = PowerLawFit.Fit([.. runs.Select(r => (double)r.BatchSize)], [.. runs.Select(r => r.LanczosSeconds)]);
        everyRun.Slope.ShouldBeLessThan(0.95);
    }

    [Fact]
    public void Of_OutlierFirstRepeat_KeepsEveryRepeatAndReportsTheMedian()
    {
        var summaries = BatchSizeSummaries.Of(WithOutlier());

        var smallest = summaries[0];
        smallest.Runs.ShouldBe(3);
        smallest.LanczosSeconds.Max.ShouldBe(0.010, 1e-15);
        smallest.MedianLanczosSeconds!.Value.ShouldBe(0.002, 1e-15);
        summaries.Select(s => s.MedianLanczosSeconds!.Value).ShouldBe([0.002, 0.02, 0.2, 2.0], 1e-12);
    }

    [Fact]
    public void FitRuntime_NonPositiveTimesLeftOut_NeedsTwoSizesWithTime()
    {
        BatchRun[] runs = [Run(1, 0, 0), Run(1, 1, 0), Run(10, 0, 0.5)];

        BatchSizeSummaries.FitRuntime(runs).ShouldBeNull();
        BatchSizeSummaries.MedianRuntimes(runs).ShouldBe(new[] { (10, 0.5) });
    }

    [Theory]
    [InlineData(new[] { 3.0 }, 3.0)]
    [InlineData(new[] { 5.0, 1.0, 3.0 }, 3.0)]
    [InlineData(new[] { 4.0, 1.0, 3.0, 10.0 }, 3.5)]
    public void Median_Values_IsTheMiddleOrTheMeanOfTheTwoMiddle(double[] values, double expected) =>
        BatchSizeSummaries.Median(values).ShouldBe(expected, 1e-15);

    [Fact]
    public void Median_NoValues_Throws() => Should.Throw<ArgumentException>(() => BatchSizeSummaries.Median([]));
}
