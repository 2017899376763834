using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Experiments.Sources;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Tests.Data.TestSupport;
using HessianDashboard.Torch.Training;
using HessianDashboard.Web.Components.Compare;
using HessianDashboard.Web.Tests.Components.Chapter4;
using HessianDashboard.Web.Tests.Components.Chapter4.BatchSize;
using HessianDashboard.Web.Tests.Components.Chapter4.Blocks;
using HessianDashboard.Web.Tests.Components.Chapter4.Trajectory;

namespace HessianDashboard.Web.Tests.Components.Compare;

/// <summary>
/// <see cref="RunSpectra"/> on real runs of every result kind, computed at tiny sizes by the real runner (the network
/// kinds on shared/data; they skip without it): labels match the Step series, numbers are the result's own.
/// </summary>
public sealed class RunSpectraTests(CompareRunner runner) : IClassFixture<CompareRunner>
{
    private const double WeightTolerance = 1e-12;

    private static MatrixSource Custom(int n, int seed) => MatrixSource.FromSpectrum(new SyntheticSpectrumOptions(SpectrumKind.Custom, n, seed));

    private async Task<(RunSpectra Spectra, RunInfo Run)> ReadAsync(string key, Experiments.Common.IExperimentRequest request)
    {
        var (run, events) = await runner.RunAsync(key, request);
        run.State.ShouldBe(RunState.Succeeded, run.Error);
        return (RunSpectra.From(run, events), run);
    }

    private static void ShouldBeAGaussRule(LabelledSpectrum spectrum)
    {
        spectrum.HasWeights.ShouldBeTrue(spectrum.Label);
        spectrum.Weights.Sum().ShouldBe(1.0, WeightTolerance, $"Σ τ of {spectrum.Label}");
        spectrum.Weights.ShouldAllBe(w => w >= 0);
    }

    private static void ShouldDescribe(RunMetricsRow row, LabelledSpectrum spectrum)
    {
        row.Spectrum.ShouldBe(spectrum.Label);
        row.LambdaMax.ShouldBe(spectrum.Ritz.Max());
        row.LambdaMin.ShouldBe(spectrum.Ritz.Min());
    }

    /// <summary>Every label has its ladder, whose last step holds as many Ritz values as the final spectrum, and each step k holds at most k.</summary>
    private static void LaddersShouldMatch(RunSpectra spectra)
    {
        spectra.Ladders.Select(l => l.Label).ShouldBe(spectra.Spectra.Select(s => s.Label), ignoreOrder: true);
        foreach (var spectrum in spectra.Spectra)
        {
            var ladder = spectra.Ladder(spectrum.Label).ShouldNotBeNull();
            ladder.Steps.Select(s => s.K).ShouldBe(Enumerable.Range(1, ladder.Steps.Count), $"{spectrum.Label}: k = 1, 2, …");
            ladder.Steps.ShouldAllBe(s => s.RitzValues.Length <= s.K);
            ladder.Steps[^1].RitzValues.Length.ShouldBe(spectrum.Ritz.Length, spectrum.Label);
        }
    }

    [Fact]
    public async Task From_LanczosRun_OneSpectrumNamedAfterTheVariantWithTheResultsNumbers()
    {
        var (spectra, run) = await ReadAsync("lanczos", new LanczosRunRequest { Source = Custom(40, 1), Variant = Reorthogonalization.Full, Iterations = 25 });
        var result = run.Result.ShouldBeOfType<LanczosRunResult>();

        var spectrum = spectra.Spectra.ShouldHaveSingleItem();
        spectrum.Label.ShouldBe("Full");
        spectrum.Ritz.ShouldBe(result.Ritz);
        spectrum.Residuals.ShouldBe(result.Residuals);
        ShouldBeAGaussRule(spectrum);
        var row = spectra.Metrics.ShouldHaveSingleItem();
        ShouldDescribe(row, spectrum);
        row.LambdaMax.ShouldBe(result.Ritz[^1]);
        (row.Kind, row.Dimension, row.Iterations, row.Variant, row.Precision).ShouldBe(("lanczos", 40L, 25, "Full", "float64"));
        row.Converged.ShouldBe(result.ConvergedCount.ShouldNotBeNull());
        row.ConvergedRule.ShouldBe("ε = 1e-5");
        row.Seconds.ShouldBe(result.Seconds);
        row.OrthogonalityLoss.ShouldBe(result.OrthogonalityLoss[^1]);
        row.Elapsed.ShouldBe(run.Elapsed);
        spectra.Note.ShouldBeNull();

        var ladder = spectra.Ladders.ShouldHaveSingleItem();
        ladder.Label.ShouldBe("Full");
        ladder.Steps.Count.ShouldBe(25);
        ladder.PointCount.ShouldBe(25 * 26 / 2, "step k has k Ritz values");
        for (int i = 0; i < result.Ritz.Length; i++)
            ladder.Steps[^1].RitzValues[i].ShouldBe(result.Ritz[i], 1e-12 * Math.Abs(result.Ritz[^1]), "the last step's T_m is the result's");
    }

    [Fact]
    public async Task From_SpectrumComparison_OneSpectrumAndOneLadderPerVariant()
    {
        var (spectra, run) = await ReadAsync("comparison", new SpectrumComparisonRequest
        {
            Spectrum = new SyntheticSpectrumOptions(SpectrumKind.Custom, 30, 2), Variants = [Reorthogonalization.None, Reorthogonalization.Full],
        });
        var result = run.Result.ShouldBeOfType<SpectrumComparisonResult>();

        spectra.Labels.ShouldBe(["None", "Full"]);
        for (int v = 0; v < 2; v++)
        {
            spectra.Spectra[v].Ritz.ShouldBe(result.Runs[v].Run.Ritz);
            ShouldBeAGaussRule(spectra.Spectra[v]);
            ShouldDescribe(spectra.Metrics[v], spectra.Spectra[v]);
            spectra.Metrics[v].Variant.ShouldBe(result.Runs[v].Variant.ToString());
            spectra.Metrics[v].Converged.ShouldBe(result.Runs[v].Run.ConvergedCount);
        }
        LaddersShouldMatch(spectra);
        spectra.Ladders.ShouldAllBe(l => l.Steps.Count == 30);
    }

    [Fact]
    public async Task From_ConvergenceStudy_HasNoSpectrumAndSaysSo()
    {
        var (spectra, run) = await ReadAsync("convergence", new ConvergenceStudyRequest
        {
            N = 40, Iterations = [5, 10], Spectra = [SpectrumKind.Custom], Variants = [Reorthogonalization.Full], Runs = 2,
        });
        var result = run.Result.ShouldBeOfType<ConvergenceStudyResult>();

        spectra.Spectra.ShouldBeEmpty();
        spectra.Ladders.ShouldBeEmpty();
        spectra.Labels.ShouldBeEmpty();
        spectra.Note.ShouldNotBeNull().ShouldContain("no spectrum");
        var row = spectra.Metrics.ShouldHaveSingleItem();
        (row.Kind, row.Dimension, row.Spectrum).ShouldBe(("convergence-study", (long?)result.N, null));
    }

    [Fact]
    public void From_FailedRunWithoutResult_SaysWhy()
    {
        var run = new RunInfo
        {
            Id = "f00000000001", Kind = "lanczos", Title = "t", State = RunState.Failed, Error = "Out of memory",
            Request = new LanczosRunRequest { Source = Custom(10, 1) }, SubmittedAt = DateTimeOffset.UnixEpoch,
        };

        var spectra = RunSpectra.From(run, []);

        spectra.Spectra.ShouldBeEmpty();
        spectra.Note.ShouldBe("Failed: Out of memory.");
        spectra.Metrics.ShouldHaveSingleItem().State.ShouldBe("failed");
    }

    [Fact]
    public async Task From_RepeatedSeries_SplitsTheLadderWhereTheStepsStartAgain()
    {
        var (_, events) = await runner.RunAsync("lanczos", new LanczosRunRequest { Source = Custom(40, 1), Variant = Reorthogonalization.Full, Iterations = 25 });
        var steps = events.Where(e => e.Kind == RunEventKind.Step).ToList();
        var twice = steps.Concat(steps.Take(10)).Select((e, i) => e with { Sequence = i, Series = "block" }).ToList();

        var ladders = RunSpectra.From(new RunInfo
        {
            Id = "a", Kind = "x", Title = "x", State = RunState.Running, Request = new LanczosRunRequest { Source = Custom(10, 1) },
            SubmittedAt = DateTimeOffset.UnixEpoch,
        }, twice).Ladders;

        ladders.Select(l => (l.Label, l.Steps.Count)).ShouldBe([("block", 25), ("block #2", 10)]);
    }

    [Fact]
    public async Task From_NetworkSpectrum_TheLanczosSeriesWithParametersPrecisionLossAndConvergedCount()
    {
        _ = SharedData.DataDirectory;
        var (spectra, run) = await ReadAsync("network", new NetworkSpectrumRequest
        {
            Model = ModelKind.Mlp, Dataset = "mnist", Samples = 200, HessianBatch = 50, Iterations = 10, ParameterPatterns = ["2.*"], Exact = true,
        });
        var result = run.Result.ShouldBeOfType<NetworkSpectrumResult>();

        var spectrum = spectra.Spectra.ShouldHaveSingleItem();
        spectrum.Label.ShouldBe("lanczos");
        spectrum.Ritz.ShouldBe(result.Lanczos.Ritz);
        ShouldBeAGaussRule(spectrum);
        var row = spectra.Metrics.ShouldHaveSingleItem();
        ShouldDescribe(row, spectrum);
        (row.Dimension, row.Iterations, row.Precision).ShouldBe((170L, 10, result.Manifest.Precision));
        row.Loss.ShouldBe(result.Loss);
        row.Seconds.ShouldBe(result.LanczosSeconds);
        row.Converged.ShouldBe(result.Lanczos.ConvergedCount.ShouldNotBeNull());
        LaddersShouldMatch(spectra);
    }

    [Fact]
    public async Task From_ExactVsLanczos_OneSpectrumPerDataSetAndStateWithTheConvergedCountAtEpsilon()
    {
        _ = SharedData.DataDirectory;
        var (spectra, run) = await ReadAsync("exact-vs-lanczos", TinyExactVsLanczos.Request);
        var result = run.Result.ShouldBeOfType<ExactVsLanczosResult>();
        var mnist = result.Datasets.ShouldHaveSingleItem();

        spectra.Labels.ShouldBe(["mnist/initialisation", "mnist/trained"]);
        foreach (var (state, i) in new[] { mnist.Initial!, mnist.Trained! }.Select((s, i) => (s, i)))
        {
            spectra.Spectra[i].Ritz.ShouldBe(state.Spectrum.Lanczos.Ritz);
            ShouldBeAGaussRule(spectra.Spectra[i]);
            ShouldDescribe(spectra.Metrics[i], spectra.Spectra[i]);
            spectra.Metrics[i].Converged.ShouldBe(state.Converged);
            spectra.Metrics[i].ConvergedRule.ShouldBe("ε = 1e-5");
            var epoch = mnist.Epochs.Single(e => e.Epoch == state.Epoch);
            spectra.Metrics[i].Accuracy.ShouldBe(epoch.TestAccuracy ?? epoch.TrainAccuracy);
            spectra.Ladder(state.Stage is "trained" ? "mnist/trained" : "mnist/initialisation")!.Steps.Select(s => s.RitzValues)
                .ShouldBe(state.RitzPerStep, "the Step events carry the same ladder the result keeps");
        }
        LaddersShouldMatch(spectra);
    }

    [Fact]
    public async Task From_Trajectory_OneSpectrumPerCheckpointWithItsLambdaMaxAndResidualConvergence()
    {
        _ = SharedData.DataDirectory;
        var (spectra, run) = await ReadAsync("trajectory", TinyTrajectories.MlpRequest);
        var result = run.Result.ShouldBeOfType<TrajectoryResult>();

        spectra.Labels.ShouldBe(result.Points.Select(p => $"step {p.Step}"));
        foreach (var (point, i) in result.Points.Select((p, i) => (p, i)))
        {
            ShouldBeAGaussRule(spectra.Spectra[i]);
            spectra.Metrics[i].LambdaMax.ShouldBe(point.LambdaMax);
            spectra.Metrics[i].LambdaMin.ShouldBe(point.LambdaMin);
            spectra.Metrics[i].Converged.ShouldBe(point.ConvergedRitzValues);
            spectra.Metrics[i].Precision.ShouldBe(result.Precision);
        }
        LaddersShouldMatch(spectra);
    }

    [Fact]
    public async Task From_BlockSpectra_OneSpectrumPerBlockAndStartVectorMatchingTheSplitLadders()
    {
        _ = SharedData.DataDirectory;
        var (spectra, run) = await ReadAsync("blocks", TinyBlockSpectra.Request);
        var result = run.Result.ShouldBeOfType<BlockSpectraResult>();

        spectra.Labels.ShouldBe(result.Blocks.SelectMany(b => new[] { b.Name, $"{b.Name} #2" }), "two start vectors per block");
        foreach (var (block, b) in result.Blocks.Select((x, b) => (x, b)))
        {
            var mine = spectra.Spectra.Skip(2 * b).Take(2).ToList();
            mine.Select(s => s.Ritz).ShouldBe(block.Runs.Select(r => r.Lanczos.Ritz));
            mine.ForEach(ShouldBeAGaussRule);
            mine.Max(s => s.Ritz.Max()).ShouldBe(block.LambdaMax);
        }
        LaddersShouldMatch(spectra);
    }

    [Fact]
    public async Task From_BatchSizeStudy_OneSpectrumPerBatchWithoutWeights()
    {
        _ = SharedData.DataDirectory;
        var (spectra, run) = await ReadAsync("batch-size", TinyBatchSizeStudy.Request);
        var result = run.Result.ShouldBeOfType<BatchSizeStudyResult>();

        spectra.Labels.ShouldBe(result.Runs.Select(r => r.IsFull ? $"full #{r.Repeat + 1}" : $"batch {r.BatchSize} #{r.Repeat + 1}"));
        spectra.Spectra.Select(s => s.Ritz).ShouldBe(result.Runs.Select(r => r.Ritz));
        spectra.Spectra.ShouldAllBe(s => !s.HasWeights);
        foreach (var (row, i) in spectra.Metrics.Select((r, i) => (r, i)))
        {
            ShouldDescribe(row, spectra.Spectra[i]);
            (row.Dimension, row.Loss, row.Seconds).ShouldBe((result.Dimension, result.Runs[i].Loss, result.Runs[i].LanczosSeconds));
        }
        LaddersShouldMatch(spectra);
    }

    [Fact]
    public async Task From_TrainingRun_NoSpectrumButTheFinalLossAndAccuracy()
    {
        _ = SharedData.DataDirectory;
        var (spectra, run) = await ReadAsync("train", new TrainMlpRequest
        {
            Samples = 256, EpochsExplicit = true,
            Options = new MlpTrainingOptions { Epochs = 1, LearningRate = 0.5, Seed = 1, CheckpointEpochs = [1] },
        });
        var result = run.Result.ShouldBeOfType<Reused<TrainingRunResult>>().Value;
        var last = result.Epochs!.Last();

        spectra.Spectra.ShouldBeEmpty();
        spectra.Note.ShouldNotBeNull().ShouldContain("training run has no spectrum");
        var row = spectra.Metrics.ShouldHaveSingleItem();
        row.Loss.ShouldBe(last.TrainLoss);
        row.Accuracy.ShouldBe(last.TestAccuracy ?? last.TrainAccuracy);
        row.Seconds.ShouldBe(result.Seconds);
    }
}
