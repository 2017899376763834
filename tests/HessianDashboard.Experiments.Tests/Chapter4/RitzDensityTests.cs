using HessianDashboard.Core.Operators;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Lanczos;

namespace HessianDashboard.Experiments.Tests.Chapter4;

public sealed class RitzDensityTests
{
    internal static LanczosRunResult Run(double[] ritz, double[] weights, int n = 100) => new()
    {
        N = n, Variant = Reorthogonalization.Full, Iterations = ritz.Length, Status = LanczosStatus.Completed, Source = "test",
        Ritz = ritz, Residuals = new double[ritz.Length], Weights = weights,
        OrthogonalityLoss = [], Alpha = [], Beta = [], ReorthogonalizationInnerProducts = 0, Seconds = 0, OperatorSeconds = 0,
    };

    [Fact]
    public void Smooth_OneRunOnItsCommonRange_IntegratesToOne()
    {
        var run = Run([-2.0, 0, 0.5, 7], [0.1, 0.5, 0.3, 0.1]);
        double sigma = RitzDensity.DefaultSigma([run]);
        sigma.ShouldBe(0.09, 1e-12); // 1% of the span 9
        var (lower, upper) = RitzDensity.CommonRange([run], sigma);
        var curve = RitzDensity.Smooth([run], sigma, lower, upper, 4000);
        curve.Integral().ShouldBe(1, 1e-6);
    }

    [Fact]
    public void Smooth_TwoRunsOfTheSameRule_EqualsOneRun()
    {
        var run = Run([1.0, 2], [0.25, 0.75]);
        var one = RitzDensity.Smooth([run], 0.3, -1, 4, 101);
        var two = RitzDensity.Smooth([run, run], 0.3, -1, 4, 101);
        for (int g = 0; g < 101; g++) two.Density[g].ShouldBe(one.Density[g], 1e-15);
    }

    [Fact]
    public void Rule_CoreLanczosOnADiagonal_WeightsSumToOne()
    {
        var diagonal = Enumerable.Range(1, 40).Select(i => (double)i).ToArray();
        var lanczos = HessianDashboard.Core.Spectrum.Lanczos.Run(new DiagonalOperator(diagonal), new LanczosOptions { Iterations = 12, Seed = 1 });
        var rule = HessianDashboard.Core.Density.SpectralDensity.ToRule(lanczos);
        rule.Weights.Sum().ShouldBe(1, 1e-12);
        var run = Run(rule.Nodes, rule.Weights, 40);
        RitzDensity.Rule(run).Nodes.ShouldBe(rule.Nodes);
    }

    [Fact]
    public void Rule_WeightsMissing_Throws()
    {
        Should.Throw<ArgumentException>(() => RitzDensity.Rule(Run([1.0, 2], [])));
        Should.Throw<ArgumentException>(() => RitzDensity.Estimate([]));
    }
}
