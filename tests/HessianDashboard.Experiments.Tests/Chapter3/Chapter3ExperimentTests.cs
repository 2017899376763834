using HessianDashboard.Core.Metrics;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Sources;

namespace HessianDashboard.Experiments.Tests.Chapter3;

public class Chapter3ExperimentTests
{
    [Fact]
    public void SpectrumComparison_AllVariants_ShareTheStartVectorAndRecordLadders()
    {
        var request = new SpectrumComparisonRequest { Spectrum = new SyntheticSpectrumOptions(SpectrumKind.Custom, 40, 1), StartSeed = 2 };
        var result = SpectrumComparisonExperiment.Run(request);

        result.Runs.Length.ShouldBe(4);
        result.Runs.Select(r => r.Run.Alpha[0]).Distinct().Count().ShouldBe(1, "same v₁ ⇒ same α₁ for every variant");
        foreach (var run in result.Runs)
        {
            run.Ladder.ShouldNotBeNull().Length.ShouldBe(40);
            for (int k = 0; k < 40; k++) run.Ladder[k].Length.ShouldBe(k + 1);
        }
        var full = result.Runs.Single(r => r.Variant == Reorthogonalization.Full).Run;
        full.ConvergedCount.ShouldBe(40);
    }

    [Fact]
    public void ConvergenceStudy_CountsEqualAnIndependentRecountOfShorterRuns()
    {
        var request = new ConvergenceStudyRequest
        {
            N = 60, Iterations = [5, 20, 60], Runs = 2, Seed = 3,
            Spectra = [SpectrumKind.Gaussian, SpectrumKind.Custom],
            Variants = [Reorthogonalization.None, Reorthogonalization.Full],
        };
        var result = ConvergenceStudyExperiment.Run(request);

        result.Points.Length.ShouldBe(2 * 2 * 3);
        foreach (var point in result.Points)
            point.Counts.ShouldAllBe(c => c >= 0 && c <= point.Iterations);
        foreach (var point in result.Points.Where(p => p.Variant == Reorthogonalization.Full && p.Iterations == 60))
            point.Counts.ShouldAllBe(c => c == 60);

        // Recount one point from scratch: a separate m-step run on the same matrix and start vector.
        var spectrum = new SyntheticSpectrumOptions(SpectrumKind.Custom, 60, 3 + (int)SpectrumKind.Custom);
        var matrix = MatrixSource.FromSpectrum(spectrum).Resolve();
        var shortRun = Core.Spectrum.Lanczos.Run(matrix.Operator, new LanczosOptions { Iterations = 20, Reorthogonalization = Reorthogonalization.None, Seed = spectrum.Seed });
        int recount = ConvergenceCount.Count(shortRun.RitzValues, matrix.Truth!, 1e-5).Converged;
        result.Points.Single(p => p.Spectrum == SpectrumKind.Custom && p.Variant == Reorthogonalization.None && p.Iterations == 20)
            .Counts[0].ShouldBe(recount);
    }

    [Fact]
    public void RuntimeStudy_TinySizes_ReportsEveryVariantAndTheEigensolve()
    {
        var result = RuntimeStudyExperiment.Run(new RuntimeStudyRequest { Sizes = [10, 30], Repeats = 2, EigensolveRepeats = 3 });
        result.Lanczos.Length.ShouldBe(2 * 4);
        result.Lanczos.ShouldAllBe(p => p.Seconds.Mean > 0 && p.Seconds.Count == 2);
        result.Eigensolve.Select(e => e.N).ShouldBe([10, 30]);
    }

    [Fact]
    public void ConvergenceStudy_Cancelled_ReturnsThePointsDone()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var result = ConvergenceStudyExperiment.Run(new ConvergenceStudyRequest { N = 30, Iterations = [10], Runs = 1 }, cancellationToken: cts.Token);
        result.Points.ShouldBeEmpty();
    }
}
