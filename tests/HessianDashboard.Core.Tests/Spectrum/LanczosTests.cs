using HessianDashboard.Core.Operators;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;

using HessianDashboard.Core.Tests.TestSupport;

namespace HessianDashboard.Core.Tests.Spectrum;

public class LanczosTests
{
    private static double MaxAbs(double[] x) => x.Max(Math.Abs);

    [Theory]
    [InlineData(Reorthogonalization.Full)]
    [InlineData(Reorthogonalization.Double)]
    public void Run_FullOrDoubleAtMEqualsN_RecoversEveryEigenvalue(Reorthogonalization variant)
    {
        var lambda = TestMatrices.GaussianSpectrum(150, seed: 1);
        var a = TestMatrices.WithSpectrum(lambda, seed: 2);
        var result = Lanczos.Run(a, new LanczosOptions { Iterations = 150, Reorthogonalization = variant, Seed = 3 });

        result.Status.ShouldBe(LanczosStatus.Completed);
        result.RitzValues.Length.ShouldBe(150);
        double scale = MaxAbs(lambda);
        for (int i = 0; i < lambda.Length; i++)
            Math.Abs(result.RitzValues[i] - lambda[i]).ShouldBeLessThan(1e-10 * scale);
    }

    [Theory]
    [InlineData(SpectrumKind.Gaussian, Reorthogonalization.Full)]
    [InlineData(SpectrumKind.Uniform, Reorthogonalization.Full)]
    [InlineData(SpectrumKind.Banded, Reorthogonalization.Full)]
    [InlineData(SpectrumKind.Custom, Reorthogonalization.Full)]
    [InlineData(SpectrumKind.Gaussian, Reorthogonalization.Double)]
    [InlineData(SpectrumKind.Uniform, Reorthogonalization.Double)]
    [InlineData(SpectrumKind.Banded, Reorthogonalization.Double)]
    [InlineData(SpectrumKind.Custom, Reorthogonalization.Double)]
    public void Run_AtMEqualsNOnEverySyntheticSpectrum_RecoversEigenvaluesToSpectralRadiusPrecision(SpectrumKind kind, Reorthogonalization variant)
    {
        var lambda = SyntheticSpectrum.Generate(new SyntheticSpectrumOptions(kind, 120, Seed: 21));
        var a = SyntheticMatrix.Create(lambda, seed: 22).Operator;
        var result = Lanczos.Run(a, new LanczosOptions { Iterations = 120, Reorthogonalization = variant, Seed = 23, RitzValuesEachStep = false });

        double radius = MaxAbs(lambda);
        for (int i = 0; i < lambda.Length; i++)
            Math.Abs(result.RitzValues[i] - lambda[i]).ShouldBeLessThan(1e-10 * radius, $"eigenvalue {i} of {kind}");
    }

    [Fact]
    public void Run_FullOnCustomSpectrumWithZeros_RecoversMultiplicities()
    {
        var lambda = TestMatrices.CustomSpectrum(120, seed: 4);
        var a = TestMatrices.WithSpectrum(lambda, seed: 5);
        var result = Lanczos.Run(a, new LanczosOptions { Iterations = 120, Reorthogonalization = Reorthogonalization.Full, Seed = 6 });

        // A Krylov space holds one direction per distinct eigenvalue; with Full reorthogonalisation the
        // steps past that restart from rounding noise, so the zero eigenvalue's multiplicity is recovered.
        for (int i = 0; i < lambda.Length; i++)
            Math.Abs(result.RitzValues[i] - lambda[i]).ShouldBeLessThan(1e-10 * 40);
    }

    [Fact]
    public void Run_NoReorthOnCustomSpectrum_ProducesGhostCopiesOfTheOutliers()
    {
        var lambda = TestMatrices.CustomSpectrum(100, seed: 7);
        var a = TestMatrices.WithSpectrum(lambda, seed: 8);
        var result = Lanczos.Run(a, new LanczosOptions { Iterations = 100, Reorthogonalization = Reorthogonalization.None, Seed = 9 });

        int copiesOfTop = result.RitzValues.Count(t => Math.Abs(t - lambda[^1]) < 1e-6 * 40);
        copiesOfTop.ShouldBeGreaterThan(1, "without reorthogonalisation the converged top eigenvalue reappears as ghosts");
        result.OrthogonalityLoss[^1].ShouldBeGreaterThan(0.1);
    }

    [Fact]
    public void Run_EveryStep_RitzValuesInterlace()
    {
        var a = TestMatrices.WithSpectrum(TestMatrices.CustomSpectrum(80, seed: 10), seed: 11);
        var steps = new List<LanczosStep>();
        Lanczos.Run(a, new LanczosOptions { Iterations = 60, Reorthogonalization = Reorthogonalization.None, Seed = 12 }, steps.Add);

        steps.Count.ShouldBe(60);
        for (int k = 1; k < steps.Count; k++)
        {
            double[] before = steps[k - 1].RitzValues, after = steps[k].RitzValues;
            after.Length.ShouldBe(before.Length + 1);
            double tol = 1e-10 * 40;
            for (int i = 0; i < before.Length; i++)
            {
                // Cauchy: θ_i(T_{k+1}) ≤ θ_i(T_k) ≤ θ_{i+1}(T_{k+1}) (ascending order).
                after[i].ShouldBeLessThanOrEqualTo(before[i] + tol);
                before[i].ShouldBeLessThanOrEqualTo(after[i + 1] + tol);
            }
        }
    }

    [Theory]
    [InlineData(Reorthogonalization.Full, 1e-12)]
    [InlineData(Reorthogonalization.Double, 1e-13)]
    public void Run_WithReorthogonalisation_KeepsBasisOrthonormal(Reorthogonalization variant, double tolerance)
    {
        var a = TestMatrices.WithSpectrum(TestMatrices.CustomSpectrum(200, seed: 13), seed: 14);
        var result = Lanczos.Run(a, new LanczosOptions { Iterations = 150, Reorthogonalization = variant, Seed = 15, KeepBasis = true });

        var v = result.Basis!;
        double worst = 0;
        for (int i = 0; i < v.Length; i++)
            for (int j = 0; j <= i; j++)
            {
                double dot = v[i].Zip(v[j], (x, y) => x * y).Sum();
                worst = Math.Max(worst, Math.Abs(dot - (i == j ? 1 : 0)));
            }
        worst.ShouldBeLessThan(tolerance);
        result.OrthogonalityLoss[^1].ShouldBe(worst, 1e-15, "the incremental monitor measures the same max|VᵀV − I|");
    }

    [Fact]
    public void Run_Selective_StaysSemiOrthogonalAtAFractionOfFullWork()
    {
        var lambda = TestMatrices.CustomSpectrum(400, seed: 16);
        var a = TestMatrices.WithSpectrum(lambda, seed: 17);
        var options = new LanczosOptions { Iterations = 250, Seed = 18, RitzValuesEachStep = false };
        var full = Lanczos.Run(a, options with { Reorthogonalization = Reorthogonalization.Full });
        var selective = Lanczos.Run(a, options with { Reorthogonalization = Reorthogonalization.Selective });

        selective.OrthogonalityLoss.Max().ShouldBeLessThanOrEqualTo(Math.Sqrt(Math.Pow(2, -52)));
        selective.ReorthogonalizationInnerProducts.ShouldBeLessThan(full.ReorthogonalizationInnerProducts / 2);
        selective.ReorthogonalizedSteps.ShouldBeGreaterThan(0);
        // Semi-orthogonality is enough for T_k to be accurate: the extreme Ritz values agree with Full's.
        for (int i = 0; i < 5; i++)
        {
            selective.RitzValues[^(i + 1)].ShouldBe(full.RitzValues[^(i + 1)], 1e-9 * 40);
            selective.RitzValues[i].ShouldBe(full.RitzValues[i], 1e-9 * 40);
        }
    }
}
