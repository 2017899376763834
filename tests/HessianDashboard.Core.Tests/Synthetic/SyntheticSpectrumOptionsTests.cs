using HessianDashboard.Core.Synthetic;

namespace HessianDashboard.Core.Tests.Synthetic;

public sealed class SyntheticSpectrumOptionsTests
{
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
    [InlineData("HugeUpper", "must be at most 1e12 in magnitude")]
    [InlineData("HugeScale", "must be at most 1e12 in magnitude")]
    [InlineData("HugeBandCount", "BandCount and the outlier counts must be at most 20000")]
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
            "HugeUpper" => valid with { Lower = -1e300, Upper = 1e300 }, // the width would overflow to ∞
            "HugeScale" => valid with { OutlierScale = 1e307 },
            "HugeBandCount" => valid with { Kind = SpectrumKind.Banded, BandCount = int.MaxValue },
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

    [Fact]
    public void ZeroCount_IsFloorOfFractionTimesN()
    {
        (new SyntheticSpectrumOptions(SpectrumKind.Custom, 7, 0) with { ZeroFraction = 0.5 }).ZeroCount.ShouldBe(3);
    }
}
