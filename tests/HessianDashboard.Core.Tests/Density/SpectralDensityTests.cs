using HessianDashboard.Core.Density;
using HessianDashboard.Core.Spectrum;

using HessianDashboard.Core.Tests.TestSupport;

namespace HessianDashboard.Core.Tests.Density;

public class SpectralDensityTests
{
    [Fact]
    public void ToRule_GaussQuadrature_ReproducesMomentsBelowTwoM()
    {
        var lambda = TestMatrices.GaussianSpectrum(60, seed: 1);
        var a = TestMatrices.WithSpectrum(lambda, seed: 2);
        const int m = 8;
        var v = StartVector.Gaussian(60, seed: 3);
        var rule = SpectralDensity.ToRule(Lanczos.Run(a, new LanczosOptions { Iterations = m, StartVector = v }));

        // v̂ᵀAᵏv̂ by repeated products, against Σ τ_i θ_iᵏ: equal for every k ≤ 2m − 1.
        var x = (double[])v.Clone();
        var y = new double[60];
        double scale = lambda.Max(Math.Abs);
        for (int k = 0; k < 2 * m; k++)
        {
            double moment = v.Zip(x, (p, q) => p * q).Sum();
            double quadrature = rule.Integrate(t => Math.Pow(t, k));
            quadrature.ShouldBe(moment, 1e-11 * Math.Pow(scale, k) + 1e-13);
            a.Apply(x, y);
            (x, y) = (y, x);
        }
    }

    [Fact]
    public void Estimate_EveryRule_HasNonNegativeWeightsSummingToOne()
    {
        var a = TestMatrices.WithSpectrum(TestMatrices.CustomSpectrum(100, seed: 4), seed: 5);
        var estimate = SpectralDensity.Estimate(a, new SpectralDensityOptions { StartVectors = 5, Iterations = 30, Seed = 6 });

        estimate.Rules.Length.ShouldBe(5);
        foreach (var rule in estimate.Rules)
        {
            rule.Weights.Sum().ShouldBe(1.0, 1e-14);
            rule.Weights.ShouldAllBe(w => w >= 0);
            rule.Nodes.Length.ShouldBe(30);
        }
    }

    [Fact]
    public void Estimate_ManyStartVectors_MeanNodeApproachesTraceOverN()
    {
        var lambda = TestMatrices.CustomSpectrum(200, seed: 7);
        var a = TestMatrices.WithSpectrum(lambda, seed: 8);
        var estimate = SpectralDensity.Estimate(a, new SpectralDensityOptions { StartVectors = 200, Iterations = 10, Seed = 9 });

        // E[v̂ᵀAv̂] = tr(A)/n for v uniform on the sphere; 200 samples give a standard error ≈ 0.05 here.
        double mean = estimate.Rules.Average(r => r.Integrate(t => t));
        mean.ShouldBe(lambda.Average(), 0.25);
    }

    [Fact]
    public void Smooth_GridCoveringSpectrum_IntegratesToOne()
    {
        var a = TestMatrices.WithSpectrum(TestMatrices.CustomSpectrum(80, seed: 10), seed: 11);
        var estimate = SpectralDensity.Estimate(a, new SpectralDensityOptions { StartVectors = 3, Iterations = 40, Seed = 12 });

        foreach (double sigma in new[] { 0.05, 0.5, 2.0 })
        {
            var curve = estimate.Smooth(sigma, gridPoints: 20_000);
            curve.Integral().ShouldBe(1.0, 1e-3);
            curve.Density.ShouldAllBe(d => d >= 0);
        }
    }

    [Fact]
    public void Smooth_ChangedSigma_ReusesTheSameRules()
    {
        var a = TestMatrices.WithSpectrum(TestMatrices.GaussianSpectrum(50, seed: 13), seed: 14);
        var estimate = SpectralDensity.Estimate(a, new SpectralDensityOptions { StartVectors = 2, Iterations = 20 });
        var narrow = estimate.Smooth(0.01, 500, -5, 5);
        var wide = estimate.Smooth(1.0, 500, -5, 5);
        narrow.Density.Max().ShouldBeGreaterThan(wide.Density.Max());
        narrow.Grid.ShouldBe(wide.Grid);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Smooth_NonPositiveSigma_Throws(double sigma)
    {
        var estimate = new SpectralDensityEstimate(1, [new QuadratureRule([0.0], [1.0])]);
        Should.Throw<ArgumentException>(() => estimate.Smooth(sigma)).Message.ShouldContain("σ");
    }

    [Fact]
    public void Estimate_IterationsAboveN_Throws()
    {
        var a = TestMatrices.WithSpectrum(TestMatrices.GaussianSpectrum(10, seed: 15), seed: 16);
        Should.Throw<ArgumentException>(() => SpectralDensity.Estimate(a, new SpectralDensityOptions { Iterations = 11 }));
    }
}
