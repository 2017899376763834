using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Sources;
using HessianDashboard.Experiments.Tests.Common;

namespace HessianDashboard.Experiments.Tests.Chapter3;

/// <summary>Absurd values in the chapter-3 requests are refused by their validation with a message saying what is wrong.</summary>
public sealed class Chapter3RequestBoundsTests
{
    [Theory]
    [InlineData("iterations", "Iterations must be at most 20,000 (got 1,000,000,000).")]
    [InlineData("ladder", "A ladder of more than 5000 steps is too large to record")]
    [InlineData("n", "n = 20000 is too large for a dense synthetic matrix (at most 5000).")]
    [InlineData("variant", "Unknown variant.")]
    [InlineData("epsilon", "ε must be positive.")]
    public void SpectrumComparison_AbsurdValue_IsRefusedSayingWhy(string field, string expected)
    {
        var valid = new SpectrumComparisonRequest { Spectrum = new SyntheticSpectrumOptions(SpectrumKind.Custom, 100, 1), Iterations = 40 };
        var absurd = field switch
        {
            "iterations" => valid with { Matrix = MatrixSource.FromFile("/data/big.mtx"), Iterations = 1_000_000_000 },
            "ladder" => valid with { Matrix = MatrixSource.FromFile("/data/big.mtx"), Iterations = 6000 },
            "n" => valid with { Spectrum = valid.Spectrum with { N = 20_000 }, Iterations = null },
            "variant" => valid with { Variants = [Reorthogonalization.Full, (Reorthogonalization)9] },
            _ => valid with { Epsilon = double.NegativeInfinity },
        };

        BoundsAssert.Refused(valid, absurd, expected);
    }

    [Theory]
    [InlineData("size", "Sizes must lie in [2, 5000].")]
    [InlineData("many sizes", "Sizes may list at most 100 values (got 500).")]
    [InlineData("repeats", "Repeats must lie in [1, 1000], got 1000000000.")]
    [InlineData("eigensolve repeats", "Eigensolve repeats must lie in [1, 10000], got -1.")]
    [InlineData("variant", "Unknown variant.")]
    public void RuntimeStudy_AbsurdValue_IsRefusedSayingWhy(string field, string expected)
    {
        var valid = new RuntimeStudyRequest { Sizes = [10, 20], Repeats = 2 };
        var absurd = field switch
        {
            "size" => valid with { Sizes = [10, 10_000_000] },
            "many sizes" => valid with { Sizes = [.. Enumerable.Repeat(10, 500)] },
            "repeats" => valid with { Repeats = 1_000_000_000 },
            "eigensolve repeats" => valid with { EigensolveRepeats = -1 },
            _ => valid with { Variants = [(Reorthogonalization)(-3)] },
        };

        BoundsAssert.Refused(valid, absurd, expected);
    }

    [Theory]
    [InlineData("n", "n must lie in [2, 5000], got 10000000.")]
    [InlineData("iterations", "Every iteration count m must lie in [1, n = 100].")]
    [InlineData("many iterations", "Iteration counts may list at most 100 values (got 1,000).")]
    [InlineData("runs", "Runs must lie in [1, 1000], got 1000000000.")]
    [InlineData("epsilon", "ε must be a positive number, got NaN.")]
    [InlineData("spectrum", "Unknown spectrum kind.")]
    [InlineData("variant", "Unknown variant.")]
    public void ConvergenceStudy_AbsurdValue_IsRefusedSayingWhy(string field, string expected)
    {
        var valid = new ConvergenceStudyRequest { N = 100, Iterations = [10, 50], Runs = 2 };
        var absurd = field switch
        {
            "n" => valid with { N = 10_000_000 },
            "iterations" => valid with { Iterations = [10, 1_000_000_000] },
            "many iterations" => valid with { Iterations = [.. Enumerable.Repeat(10, 1000)] },
            "runs" => valid with { Runs = 1_000_000_000 },
            "epsilon" => valid with { Epsilon = double.NaN },
            "spectrum" => valid with { Spectra = [(SpectrumKind)7] },
            _ => valid with { Variants = [(Reorthogonalization)7] },
        };

        BoundsAssert.Refused(valid, absurd, expected);
    }
}
