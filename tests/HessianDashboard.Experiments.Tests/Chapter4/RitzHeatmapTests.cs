using HessianDashboard.Experiments.Chapter4;

namespace HessianDashboard.Experiments.Tests.Chapter4;

public sealed class RitzHeatmapTests
{
    [Fact]
    public void From_TwoCheckpoints_ColumnsHoldAllMassAndEveryRitzValue()
    {
        var a = RitzDensityTests.Run([-1.0, 0, 3], [0.2, 0.7, 0.1]);
        var b = RitzDensityTests.Run([0.5, 5], [0.9, 0.1]);
        var map = RitzHeatmap.From([0, 10], [a, b], 5);
        map.Edges.Length.ShouldBe(6);
        map.Edges[0].ShouldBe(-1);
        map.Edges[^1].ShouldBe(5);
        map.Steps.ShouldBe([0, 10]);
        map.Mass[0].Sum().ShouldBe(1, 1e-15);
        map.Mass[1].Sum().ShouldBe(1, 1e-15);
        map.Counts[0].Sum().ShouldBe(3);
        map.Counts[1][^1].ShouldBe(1); // the maximum lands in the closed last bin
        map.Mass[1][^1].ShouldBe(0.1, 1e-15);
    }

    [Fact]
    public void From_NoBins_Throws() => Should.Throw<ArgumentException>(() => RitzHeatmap.From([0], [RitzDensityTests.Run([1.0], [1.0])], 0));
}
