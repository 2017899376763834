using HessianDashboard.Experiments.Chapter4;

namespace HessianDashboard.Experiments.Tests.Chapter4;

public sealed class RidgelineViewTests
{
    [Fact]
    public void From_ThreeCheckpoints_OneCommonGridAndUnitIntegrals()
    {
        var runs = new[]
        {
            RitzDensityTests.Run([-3.0, 0, 1], [0.1, 0.8, 0.1]),
            RitzDensityTests.Run([0.0, 2, 9], [0.5, 0.4, 0.1]),
            RitzDensityTests.Run([0.0, 20], [0.99, 0.01]),
        };
        var view = RidgelineView.From([0, 5, 10], runs, sigma: 0.5, points: 3000);
        view.Sigma.ShouldBe(0.5);
        view.Grid[0].ShouldBe(-3 - 5 * 0.5, 1e-12);
        view.Grid[^1].ShouldBe(20 + 5 * 0.5, 1e-12);
        view.Densities.Length.ShouldBe(3);
        foreach (var density in view.Densities)
            new HessianDashboard.Core.Density.DensityCurve(view.Grid, density, view.Sigma).Integral().ShouldBe(1, 1e-5);
    }

    [Fact]
    public void From_StepsAndRunsDiffer_Throws() =>
        Should.Throw<ArgumentException>(() => RidgelineView.From([0, 1], [RitzDensityTests.Run([1.0], [1.0])], null, 10));
}
