using HessianDashboard.Experiments.Chapter4;

namespace HessianDashboard.Experiments.Tests.Chapter4;

public sealed class SpectrumHistogramTests
{
    [Fact]
    public void Of_Values_CountsSumToNAndMaximumFallsInLastBin()
    {
        double[] values = [-1, -0.5, 0, 0, 0, 0.25, 3];

        var histogram = SpectrumHistogram.Of(values, 4);

        histogram.Counts.Sum().ShouldBe(values.Length);
        histogram.Edges.Length.ShouldBe(5);
        histogram.Edges[0].ShouldBe(-1);
        histogram.Edges[^1].ShouldBe(3);
        histogram.Counts.ShouldBe([2, 4, 0, 1]); // unit-wide bins [−1,0), [0,1), [1,2), [2,3]
    }

    [Fact]
    public void Of_EqualValues_OneBinHoldsAll() =>
        SpectrumHistogram.Of([2.0, 2.0], 3).Counts.ShouldBe([2, 0, 0]);

    [Fact]
    public void Of_NaN_Throws() => Should.Throw<ArgumentException>(() => SpectrumHistogram.Of([double.NaN], 3));
}
