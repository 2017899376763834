using HessianDashboard.Experiments.Chapter4;

namespace HessianDashboard.Experiments.Tests.Chapter4;

public sealed class PowerLawFitTests
{
    [Fact]
    public void Fit_ExactPowerLaw_RecoversExponentAndPrefactor()
    {
        double[] x = [1, 10, 100, 1000, 10000];
        var y = x.Select(v => 3 * Math.Pow(v, 1.5)).ToArray();

        var fit = PowerLawFit.Fit(x, y);

        fit.Slope.ShouldBe(1.5, 1e-12);
        fit.Intercept.ShouldBe(Math.Log10(3), 1e-12);
        fit.RSquared.ShouldBe(1, 1e-12);
        fit.Points.ShouldBe(5);
    }

    [Fact]
    public void Fit_OneDistinctX_Throws() => Should.Throw<ArgumentException>(() => PowerLawFit.Fit([2, 2], [1, 3]));

    [Fact]
    public void Fit_NonPositive_Throws() => Should.Throw<ArgumentException>(() => PowerLawFit.Fit([1, 2], [0, 3]));
}
