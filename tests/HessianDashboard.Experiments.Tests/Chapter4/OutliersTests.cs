using HessianDashboard.Core.Operators;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Sources;
using CoreLanczos = HessianDashboard.Core.Spectrum.Lanczos;

namespace HessianDashboard.Experiments.Tests.Chapter4;

public sealed class OutliersTests
{
    /// <summary>
    /// A Hessian-like spectrum of n = 2,000: 1,000 exact zeros, a bulk of 991 − k values in [−0.05, 0.1] (skewed to
    /// the right), and k spikes 1, 1.2, 1.2², … (inner ratios 1.2 &lt; ρ_min, so the cut is between the spikes and the bulk).
    /// </summary>
    private static double[] Planted(int spikes, int seed = 3)
    {
        var random = new Random(seed);
        var bulk = Enumerable.Range(0, 1000 - spikes).Select(_ => -0.05 + 0.15 * random.NextDouble() * random.NextDouble());
        var top = Enumerable.Range(0, spikes).Select(j => Math.Pow(1.2, j));
        return [.. Enumerable.Repeat(0.0, 1000).Concat(bulk).Concat(top)];
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(9)]
    [InlineData(20)]
    public void Find_PlantedSpikes_CountsExactlyThem(int spikes)
    {
        var spectrum = Planted(spikes);

        var analysis = Outliers.Find(spectrum, classes: 10);

        analysis.Above.ShouldBe(spikes);
        analysis.Below.ShouldBe(0);
        analysis.Count.ShouldBe(spikes);
        analysis.Expected.ShouldBe(9);
        analysis.Outliers.ShouldBe(spectrum.Order().Reverse().Take(spikes));
        analysis.BulkCentre.ShouldBe(0); // half the values are exact zeros: the median is 0
        analysis.BulkUpper.ShouldBeLessThan(0.1);
        analysis.Candidates.Length.ShouldBe(31); // K = 3C = 30 values searched, and the one after them
        analysis.GapRatios.Length.ShouldBe(30);
        if (spikes > 0)
        {
            analysis.UpperThreshold.ShouldBeInRange(analysis.BulkUpper, 1.0);
            spectrum.Count(v => v > analysis.UpperThreshold).ShouldBe(spikes);
        }
    }

    [Fact]
    public void Find_ScaledAndShuffled_IsUnchanged()
    {
        var spectrum = Planted(9);
        var shuffled = spectrum.Select(v => 37.5 * v).ToArray();
        new Random(1).Shuffle(shuffled);

        var scaled = Outliers.Find(shuffled, 10);
        var original = Outliers.Find(spectrum, 10);

        scaled.Above.ShouldBe(9);
        scaled.Below.ShouldBe(0);
        scaled.GapRatios.Zip(original.GapRatios).ShouldAllBe(p => Math.Abs(p.First - p.Second) <= 1e-12 * p.Second);
        scaled.BulkUpper.ShouldBe(37.5 * original.BulkUpper, 1e-12);
    }

    [Fact]
    public void Find_NegatedSpectrum_SwapsAboveAndBelow()
    {
        var spectrum = Planted(5).Concat([-0.4, -0.5]).ToArray(); // also two negative outliers
        var original = Outliers.Find(spectrum, 10);

        var negated = Outliers.Find(spectrum.Select(v => -v).ToArray(), 10);

        (original.Above, original.Below).ShouldBe((5, 2));
        (negated.Above, negated.Below).ShouldBe((2, 5));
        negated.BulkCentre.ShouldBe(-original.BulkCentre);
        negated.Outliers.ShouldBe(original.OutliersBelow.Select(v => -v));
        negated.OutliersBelow.ShouldBe(original.Outliers.Select(v => -v));
        negated.GapRatiosBelow.ShouldBe(original.GapRatios);
        negated.LowerThreshold.ShouldBe(-original.UpperThreshold);
    }

    [Fact]
    public void Find_UniformWeightsOverload_EqualsExplicitWeights()
    {
        var spectrum = Planted(9).Concat([-0.3]).ToArray();

        var plain = Outliers.Find(spectrum, 10);
        var weighted = Outliers.Find(spectrum, Enumerable.Repeat(3.7, spectrum.Length).ToArray(), spectrum.Length, 10,
            Enumerable.Repeat(true, spectrum.Length).ToArray());

        (weighted.Above, weighted.Below, weighted.BulkCentre, weighted.BulkUpper, weighted.BulkLower)
            .ShouldBe((plain.Above, plain.Below, plain.BulkCentre, plain.BulkUpper, plain.BulkLower));
        (weighted.UpperThreshold, weighted.LowerThreshold).ShouldBe((plain.UpperThreshold, plain.LowerThreshold));
        weighted.Candidates.ShouldBe(plain.Candidates);
        weighted.CandidatesBelow.ShouldBe(plain.CandidatesBelow);
        weighted.GapRatios.ShouldBe(plain.GapRatios);
        weighted.GapRatiosBelow.ShouldBe(plain.GapRatiosBelow);
    }

    [Fact]
    public void Find_LanczosOnAPlantedMatrix_AgreesWithTheExactSpectrum()
    {
        // n = 2,000 with 9 spikes and two negative outliers; 80 steps with full reorthogonalisation resolve the extremes.
        var spectrum = Planted(9).Concat([-0.4, -0.5]).ToArray();
        var op = new DiagonalOperator(spectrum);
        var result = CoreLanczos.Run(op, new LanczosOptions { Iterations = 80, Seed = 7 });
        var run = LanczosRunExperiment.Score(Reorthogonalization.Full, 1e-8, new ResolvedMatrix(op, null, "planted"), result);

        var exact = Outliers.Find(spectrum, 10);
        var lanczos = Outliers.Find(run, 10);

        (exact.Above, exact.Below).ShouldBe((9, 2));
        (lanczos.Above, lanczos.Below).ShouldBe((exact.Above, exact.Below));
        lanczos.Outliers.Zip(exact.Outliers).ShouldAllBe(p => Math.Abs(p.First - p.Second) < 1e-8);
        lanczos.BulkCentre.ShouldBe(0, 0.01); // the Gauss-weighted median sits in the bulk, not among the 80 Ritz values' middle
        lanczos.Candidates.Length.ShouldBeLessThanOrEqualTo(run.Ritz.Length);
    }

    [Fact]
    public void Find_RitzValueNotResolved_EndsTheWindow()
    {
        // 10, 9 resolved; 5 not: the search compares 9 with 5 but goes no further, so the unresolved tail cannot win.
        double[] values = [10, 9, 5, 0.5, 0, 0, 0, 0];
        bool[] resolved = [true, true, false, true, true, true, true, true];

        var analysis = Outliers.Find(values, Enumerable.Repeat(1.0, 8).ToArray(), 8, 2, resolved, window: 6);

        analysis.Candidates.ShouldBe([10.0, 9, 5]);
        analysis.BulkCentre.ShouldBe(0.25); // the median of eight values: (0 + 0.5)/2
        analysis.Above.ShouldBe(2); // (9 − c)/(5 − c) ≈ 1.84 is the largest ratio seen
    }

    [Fact]
    public void Find_NoGapReachesTheMinimumRatio_CountsNone()
    {
        var smooth = Enumerable.Range(1, 200).Select(i => Math.Pow(1.05, i)).ToArray(); // every ratio is 1.05

        var analysis = Outliers.Find(smooth, 10);

        analysis.Total.ShouldBe(0);
        analysis.Outliers.ShouldBeEmpty();
        analysis.BulkUpper.ShouldBe(smooth.Max());
        analysis.UpperThreshold.ShouldBe(smooth.Max());
        // Measured from c the ratios grow inwards, so with a low bar the deepest value of the window wins: r = K = 30.
        Outliers.Find(smooth, 10, minimumGapRatio: 1.01).Above.ShouldBe(30);
    }

    [Fact]
    public void Find_AllValuesEqual_CountsNoneAndTheEdgesAreTheValue()
    {
        var analysis = Outliers.Find(Enumerable.Repeat(0.5, 50).ToArray(), 10);

        analysis.Total.ShouldBe(0);
        (analysis.BulkCentre, analysis.BulkLower, analysis.BulkUpper).ShouldBe((0.5, 0.5, 0.5));
        analysis.Candidates.ShouldBeEmpty();
        analysis.GapRatios.ShouldBeEmpty();
    }

    [Fact]
    public void Find_BadArguments_Throw()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Outliers.Find([1.0, 2.0], classes: 1));
        Should.Throw<ArgumentException>(() => Outliers.Find([1.0, 2], [1.0], 2, 10));
        Should.Throw<ArgumentException>(() => Outliers.Find([1.0, 2], [1.0, 1], 1, 10));
        Should.Throw<ArgumentException>(() => Outliers.Find([1.0, 2], [-1.0, 2], 2, 10));
        Should.Throw<ArgumentException>(() => Outliers.Find([1.0, double.NaN], 10));
        Should.Throw<ArgumentException>(() => Outliers.Find([1.0, 2], 10, minimumGapRatio: 0.5));
        Outliers.Find([], 10).Total.ShouldBe(0);
    }
}
