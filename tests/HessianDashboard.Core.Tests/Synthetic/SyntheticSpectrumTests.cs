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

    [Theory]
    [InlineData("N0", "N must be")]
    [InlineData("N20001", "N must be")]
    [InlineData("Bounds", "Upper must be greater")]
    [InlineData("InfiniteLower", "finite")]
    [InlineData("Bands", "BandCount")]
    [InlineData("Spacing", "BandSpacing")]
    [InlineData("Width", "BandWidth")]
    [InlineData("Positive", "PositiveOutliers")]
    [InlineData("Negative", "NegativeOutliers")]
    [InlineData("Scale", "OutlierScale")]
    [InlineData("Fraction1", "ZeroFraction")]
    [InlineData("FractionNaN", "ZeroFraction")]
    [InlineData("TooMany", "exceed N")]
    [InlineData("Kind", "Unknown spectrum kind")]
    public void Validate_InvalidParameter_ThrowsArgumentExceptionNamingIt(string which, string fragment)
    {
        var valid = new SyntheticSpectrumOptions(SpectrumKind.Custom, 10, 0);
        var options = which switch
        {
            "N0" => valid with { N = 0 },
            "N20001" => valid with { N = 20001 },
            "Bounds" => valid with { Lower = 1, Upper = 1 },
            "InfiniteLower" => valid with { Lower = double.NegativeInfinity },
            "Bands" => valid with { BandCount = 0 },
            "Spacing" => valid with { BandSpacing = 0 },
            "Width" => valid with { BandWidth = -0.1 },
            "Positive" => valid with { PositiveOutliers = -1 },
            "Negative" => valid with { NegativeOutliers = -1 },
            "Scale" => valid with { OutlierScale = double.NaN },
            "Fraction1" => valid with { ZeroFraction = 1.0 },
            "FractionNaN" => valid with { ZeroFraction = double.NaN },
            "TooMany" => valid with { PositiveOutliers = 4, NegativeOutliers = 4 }, // 8 + ⌊0.3·10⌋ = 11 > 10
            _ => valid with { Kind = (SpectrumKind)99 },
        };

        Should.Throw<ArgumentException>(options.Validate).Message.ShouldContain(fragment);
        Should.Throw<ArgumentException>(() => SyntheticSpectrum.Generate(options));
    }

    [Fact]
    public void Validate_OutlierCountsIgnoredForOtherKinds_DoesNotThrow()
    {
        var options = new SyntheticSpectrumOptions(SpectrumKind.Gaussian, 1, 0);

        Should.NotThrow(options.Validate);
        SyntheticSpectrum.Generate(options).Length.ShouldBe(1);
    }

    [Fact]
    public void Validate_OutliersAndZerosFillingN_IsAccepted()
    {
        var options = new SyntheticSpectrumOptions(SpectrumKind.Custom, 10, 0) { PositiveOutliers = 4, NegativeOutliers = 3 };

        SyntheticSpectrum.Generate(options).Count(v => v == 0.0).ShouldBe(3);
    }
}
