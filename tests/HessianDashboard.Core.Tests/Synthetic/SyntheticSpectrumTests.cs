using HessianDashboard.Core.Synthetic;

namespace HessianDashboard.Core.Tests.Synthetic;

public sealed class SyntheticSpectrumTests
{
    [Theory]
    [InlineData(SpectrumKind.Gaussian)]
    [InlineData(SpectrumKind.Uniform)]
    [InlineData(SpectrumKind.Banded)]
    [InlineData(SpectrumKind.Custom)]
    public void Generate_AnyKind_HasRequestedSizeAndIsSortedAscending(SpectrumKind kind)
    {
        var values = SyntheticSpectrum.Generate(new SyntheticSpectrumOptions(kind, 1000, 11));

        values.Length.ShouldBe(1000);
        for (int i = 1; i < values.Length; i++) values[i].ShouldBeGreaterThanOrEqualTo(values[i - 1]);
        values.ShouldAllBe(v => double.IsFinite(v));
    }

    [Theory]
    [InlineData(SpectrumKind.Gaussian)]
    [InlineData(SpectrumKind.Uniform)]
    [InlineData(SpectrumKind.Banded)]
    [InlineData(SpectrumKind.Custom)]
    public void Generate_SameSeed_IsDeterministic(SpectrumKind kind)
    {
        var options = new SyntheticSpectrumOptions(kind, 500, 42);

        SyntheticSpectrum.Generate(options).ShouldBe(SyntheticSpectrum.Generate(options));
    }

    [Theory]
    [InlineData(SpectrumKind.Gaussian)]
    [InlineData(SpectrumKind.Uniform)]
    [InlineData(SpectrumKind.Banded)]
    [InlineData(SpectrumKind.Custom)]
    public void Generate_DifferentSeeds_Differ(SpectrumKind kind)
    {
        var a = SyntheticSpectrum.Generate(new SyntheticSpectrumOptions(kind, 500, 1));
        var b = SyntheticSpectrum.Generate(new SyntheticSpectrumOptions(kind, 500, 2));

        a.SequenceEqual(b).ShouldBeFalse();
    }

    [Fact]
    public void Generate_Gaussian_HasStandardNormalMoments()
    {
        var values = SyntheticSpectrum.Generate(new SyntheticSpectrumOptions(SpectrumKind.Gaussian, 20000, 5));

        double mean = values.Average();
        double variance = values.Select(v => (v - mean) * (v - mean)).Average();
        mean.ShouldBe(0.0, 0.03); // standard error 0.007
        variance.ShouldBe(1.0, 0.05); // standard error 0.01
    }

    [Fact]
    public void Generate_Uniform_StaysInsideBoundsAndFillsThem()
    {
        var options = new SyntheticSpectrumOptions(SpectrumKind.Uniform, 5000, 3) { Lower = -2, Upper = 7 };

        var values = SyntheticSpectrum.Generate(options);

        values.ShouldAllBe(v => v >= -2 && v < 7);
        values[0].ShouldBeLessThan(-1.9);
        values[^1].ShouldBeGreaterThan(6.9);
    }

    [Fact]
    public void Generate_Custom_HasExactZerosAndSeparatedOutliers()
    {
        var options = new SyntheticSpectrumOptions(SpectrumKind.Custom, 1000, 9);

        var values = SyntheticSpectrum.Generate(options);

        values.Count(v => v == 0.0).ShouldBe(300);
        values.Count(v => v > 10).ShouldBe(3);
        values.Count(v => v < -10).ShouldBe(2);
        values.Count(v => Math.Abs(v) is > 6 and < 18).ShouldBe(0); // bulk ≤ ~4, outliers ≥ 20
        values[^1].ShouldBe(44.0, 0.0); // 4·(5 + 3·2)
        values[0].ShouldBe(-32.0, 0.0); // −4·(5 + 3·1)
        values[^1].ShouldBeGreaterThan(Math.Abs(values[0]));
    }

    [Fact]
    public void Generate_CustomWithZeroFractionZero_HasNoExactZeros()
    {
        var options = new SyntheticSpectrumOptions(SpectrumKind.Custom, 200, 9) { ZeroFraction = 0, PositiveOutliers = 1, NegativeOutliers = 0 };

        var values = SyntheticSpectrum.Generate(options);

        values.Count(v => v == 0.0).ShouldBe(0);
        values.Count(v => Math.Abs(v) > 10).ShouldBe(1);
    }

    [Fact]
    public void Generate_Banded_FormsSeparatedEqualClusters()
    {
        var options = new SyntheticSpectrumOptions(SpectrumKind.Banded, 300, 4);

        var values = SyntheticSpectrum.Generate(options);

        double[] centres = [-10, 0, 10];
        foreach (double c in centres)
            values.Count(v => Math.Abs(v - c) < 3.0).ShouldBe(100); // 6 standard deviations of 0.5
        var gaps = values.Zip(values.Skip(1), (a, b) => b - a).OrderDescending().ToArray();
        gaps[1].ShouldBeGreaterThan(5.0); // the two gaps between bands
        gaps[2].ShouldBeLessThan(1.0);
    }

    [Fact]
    public void Generate_SingleBand_IsCentredAtZero()
    {
        var values = SyntheticSpectrum.Generate(new SyntheticSpectrumOptions(SpectrumKind.Banded, 400, 4) { BandCount = 1 });

        values.Average().ShouldBe(0.0, 0.15);
    }
}
