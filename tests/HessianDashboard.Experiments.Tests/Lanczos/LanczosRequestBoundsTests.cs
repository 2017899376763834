using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Analysis;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Sources;
using HessianDashboard.Experiments.Tests.Common;

namespace HessianDashboard.Experiments.Tests.Lanczos;

/// <summary>Absurd values in the matrix requests (Lanczos runs, SLQ densities, top eigenvalues) are refused by their validation.</summary>
public sealed class LanczosRequestBoundsTests
{
    private static readonly SyntheticSpectrumOptions Spectrum = new(SpectrumKind.Custom, 100, 1);
    private static readonly LanczosRunRequest Run = new() { Source = MatrixSource.FromSpectrum(Spectrum), Iterations = 50 };
    private static readonly MatrixSource File = MatrixSource.FromFile("/data/big.mtx");

    [Theory]
    [InlineData("iterations", "Iterations must be at most 20,000 (got 1,000,000,000).")]
    [InlineData("n", "N must be in [1, 20000], got 10000000.")]
    [InlineData("epsilon", "ε must be a positive number, got NaN.")]
    [InlineData("variant", "Unknown variant 42.")]
    [InlineData("upper", "must be at most 1e12 in magnitude")]
    [InlineData("lower", "Lower and Upper must be finite")]
    [InlineData("band count", "BandCount and the outlier counts must be at most 20000")]
    [InlineData("outlier scale", "OutlierScale must be finite and positive, got -4.")]
    public void LanczosRun_AbsurdValue_IsRefusedSayingWhy(string field, string expected)
    {
        var absurd = field switch
        {
            "iterations" => Run with { Source = File, Iterations = 1_000_000_000 },
            "n" => Run with { Source = MatrixSource.FromSpectrum(Spectrum with { N = 10_000_000 }) },
            "epsilon" => Run with { Epsilon = double.NaN },
            "variant" => Run with { Variant = (Reorthogonalization)42 },
            "upper" => Run with { Source = MatrixSource.FromSpectrum(Spectrum with { Upper = 1e300 }) },
            "lower" => Run with { Source = MatrixSource.FromSpectrum(Spectrum with { Lower = double.NegativeInfinity }) },
            "band count" => Run with { Source = MatrixSource.FromSpectrum(Spectrum with { Kind = SpectrumKind.Banded, BandCount = int.MaxValue }) },
            _ => Run with { Source = MatrixSource.FromSpectrum(Spectrum with { OutlierScale = -4 }) },
        };

        BoundsAssert.Refused(Run, absurd, expected);
    }

    [Theory]
    [InlineData("iterations", "Iterations must be at most 20,000 (got 1,000,000,000).")]
    [InlineData("sigma", "σ must be a positive number, got -1.")]
    [InlineData("start vectors", "Start vectors must lie in [1, 10000], got 1000000000.")]
    [InlineData("grid", "Grid points must lie in [2, 1000000], got 2147483647.")]
    public void Density_AbsurdValue_IsRefusedSayingWhy(string field, string expected)
    {
        var valid = new DensityRequest { Source = MatrixSource.FromSpectrum(Spectrum), Iterations = 30 };
        var absurd = field switch
        {
            "iterations" => valid with { Source = File, Iterations = 1_000_000_000 },
            "sigma" => valid with { Sigma = -1 },
            "start vectors" => valid with { StartVectors = 1_000_000_000 },
            _ => valid with { GridPoints = int.MaxValue },
        };

        BoundsAssert.Refused(valid, absurd, expected);
    }

    [Theory]
    [InlineData("count", "Count must be at most 20,000 (got 1,000,000,000).")]
    [InlineData("tolerance", "Tolerance must lie in (0, 1), got NaN.")]
    [InlineData("iterations", "MaxIterations must lie in [1, 1000000], got 2147483647.")]
    public void TopEigenvalues_AbsurdValue_IsRefusedSayingWhy(string field, string expected)
    {
        var valid = new TopEigenvaluesRequest { Source = MatrixSource.FromSpectrum(Spectrum), Count = 3 };
        var absurd = field switch
        {
            "count" => valid with { Source = File, Count = 1_000_000_000 },
            "tolerance" => valid with { Tolerance = double.NaN },
            _ => valid with { MaxIterations = int.MaxValue },
        };

        BoundsAssert.Refused(valid, absurd, expected);
    }
}
