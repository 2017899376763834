using System.Globalization;
using Bunit;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Chapter4.BatchSize;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Chapter4.BatchSize;

/// <summary>The results of a real (tiny) batch-size study as rendered: the fit, the distances, the spurious flags, the runs.</summary>
public sealed class BatchSizeResultsTests(TinyBatchSizeStudy study) : DashboardTestContext, IClassFixture<TinyBatchSizeStudy>
{
    private IRenderedComponent<BatchSizeResults> RenderResult(BatchSizeStudyResult? result = null) =>
        Render<BatchSizeResults>(p => p.Add(x => x.Result, result ?? study.Result));

    private static ChartCard Card(IRenderedComponent<BatchSizeResults> cut, string title) =>
        cut.FindComponents<ChartCard>().Single(c => c.Instance.Title == title).Instance;

    [Fact]
    public void Render_TinyStudy_PrintsAndDrawsTheExperimentsPowerLawFit()
    {
        var result = study.Result;
        var fit = result.RuntimeFit.ShouldNotBeNull();

        var cut = RenderResult();

        var shown = cut.Find("[data-testid=batch-runtime-fit]");
        shown.GetAttribute("data-slope").ShouldBe(fit.Slope.ToString("R", CultureInfo.InvariantCulture));
        shown.TextContent.ShouldContain($"slope s = {fit.Slope.ToString("0.000", CultureInfo.InvariantCulture)}");
        shown.TextContent.ShouldContain($"R² = {fit.RSquared.ToString("0.000", CultureInfo.InvariantCulture)} over the medians of 3 batch sizes");
        shown.GetAttribute("data-on-medians").ShouldBe("true");
        cut.Find("[data-testid=batch-runtime-warmup]").GetAttribute("data-warmup-free").ShouldBe("true");
        cut.FindAll("[data-testid=batch-run-row]").ShouldAllBe(r => r.GetAttribute("data-warmup") == $"{BatchSizeStudyExperiment.WarmupProducts}");
        var series = Card(cut, "Lanczos runtime vs batch size").Series;
        series[0].Data.Count.ShouldBe(result.Runs.Count); // every run a point (all took some time)
        series[1].Data.Count.ShouldBe(3); // a median per size
        var line = series[2].Data;
        ((line[1].Y - line[0].Y) / (line[1].X - line[0].X)).ShouldBe(fit.Slope, 1e-12);
        line[0].X.ShouldBe(0, 1e-12); // from b = 1 …
        line[1].X.ShouldBe(Math.Log10(result.Population), 1e-12); // … to the full batch
    }

    [Fact]
    public void Render_SlowFirstRepeat_DrawsEveryRunFaintlyAndFitsTheMedians()
    {
        // The tiny study's runs with made-up times: t = 0.01 b, except the first run of size 1, ten times slow.
        var runs = study.Result.Runs.Select(r => r with { LanczosSeconds = 0.01 * r.BatchSize * (r.BatchSize == 1 && r.Repeat == 0 ? 10 : 1) }).ToArray();
        var result = study.Result with { Runs = runs, Sizes = BatchSizeSummaries.Of(runs), RuntimeFit = BatchSizeSummaries.FitRuntime(runs) };

        // Median of two repeats = their mean: (0.1 + 0.01) / 2 for size 1, 0.01 b for the others.
        double[] sizes = [1, 10, study.Result.Population];
        var medians = sizes.Select(b => b == 1 ? 0.055 : 0.01 * b).ToArray();
        var expected = PowerLawFit.Fit(sizes, medians);

        var cut = RenderResult(result);

        var series = Card(cut, "Lanczos runtime vs batch size").Series;
        series.Select(s => s.Name).ShouldBe(["every run", "median per size", $"fit: slope {expected.Slope.ToString("0.000", CultureInfo.InvariantCulture)}"]);
        series[0].Data.Count.ShouldBe(runs.Length);
        series[0].Data.Max(p => p.Y).ShouldBe(Math.Log10(study.Result.Population * 0.01), 1e-12);
        series[0].Data.ShouldContain(p => Math.Abs(p.X) < 1e-12 && Math.Abs(p.Y - Math.Log10(0.1)) < 1e-12); // the slow run, drawn faintly
        series[1].Data.Select(p => p.X).ShouldBe(sizes.Select(Math.Log10), 1e-12);
        series[1].Data.Select(p => p.Y).ShouldBe(medians.Select(Math.Log10), 1e-12);
        double.Parse(cut.Find("[data-testid=batch-runtime-fit]").GetAttribute("data-slope")!, CultureInfo.InvariantCulture).ShouldBe(expected.Slope, 1e-12);
    }

    [Fact]
    public void Render_ResultStoredBeforeMediansAndWarmups_SaysItsFitIsOverEveryRun()
    {
        var runs = study.Result.Runs.Select(r => r with { WarmupProducts = 0, WarmupSeconds = null }).ToArray();
        var fit = PowerLawFit.Fit([.. runs.Select(r => (double)r.BatchSize)], [.. runs.Select(r => r.LanczosSeconds)]);
        var old = study.Result with { Runs = runs, RuntimeFit = fit, RuntimeFitOnMedians = false };

        var cut = RenderResult(old);

        var shown = cut.Find("[data-testid=batch-runtime-fit]");
        shown.GetAttribute("data-on-medians").ShouldBe("false");
        shown.TextContent.ShouldContain($"over {runs.Length} runs");
        cut.Find("[data-testid=batch-runtime-warmup]").GetAttribute("data-warmup-free").ShouldBe("false");
        Card(cut, "Lanczos runtime vs batch size").Series[1].Data.Count.ShouldBe(3); // the medians are drawn all the same
    }

    [Fact]
    public void Render_TinyStudy_FullBatchIsAtDistanceZeroAndLeftOffTheLogDistanceChart()
    {
        var result = study.Result;

        var cut = RenderResult();

        var reference = cut.Find("[data-testid=batch-panel][data-run='full #1']");
        reference.GetAttribute("data-l1").ShouldBe("0");
        reference.GetAttribute("data-l2").ShouldBe("0");
        reference.TextContent.ShouldContain("L1 = 0");
        reference.TextContent.ShouldContain("L2 = 0");
        // The repeat reruns the same Hessian from the same start vector.
        double scale = result.Full!.Ritz.Max(Math.Abs);
        double.Parse(cut.Find("[data-testid=batch-panel][data-run='full #2']").GetAttribute("data-l1")!, CultureInfo.InvariantCulture).ShouldBeLessThan(1e-10 * scale);
        var distances = Card(cut, "Distance to the full-batch Ritz values").Series;
        distances.SelectMany(s => s.Data).Select(p => p.X).Distinct().Order().ShouldBe([0, 1]); // log10 of sizes 1 and 10, not the full batch
        var l2Mean = distances.Single(s => s.Name == "L2 mean").Data;
        l2Mean[0].Y.ShouldBe(Math.Log10(result.Runs.Where(r => r.BatchSize == 1).Average(r => r.L2!.Value)), 1e-12);
    }

    [Fact]
    public void Render_TinyStudy_FlagsExactlyTheSpuriousNegativesOfEachRun()
    {
        var result = study.Result;

        var cut = RenderResult();

        foreach (var run in result.Runs)
        {
            // An oracle independent of the stored list: the definition applied to the run and the reference.
            int expected = SpuriousNegatives.Find(run.Ritz, result.Full!.Ritz, result.Request.SpuriousTolerance).Length;
            string name = run.IsFull ? $"full #{run.Repeat + 1}" : $"batch {run.BatchSize} #{run.Repeat + 1}";
            cut.Find($"[data-testid=batch-panel][data-run='{name}']").GetAttribute("data-spurious").ShouldBe(expected.ToString(CultureInfo.InvariantCulture), name);
            cut.Find($"[data-testid=batch-run-row][data-run='{name}']").GetAttribute("data-spurious").ShouldBe(expected.ToString(CultureInfo.InvariantCulture), name);
            var series = Card(cut, name).Series;
            series.Any(s => s.Name.StartsWith("spurious", StringComparison.Ordinal)).ShouldBe(expected > 0, name); // no empty legend entries
        }
        int flagged = result.Runs.Count(r => r.SpuriousNegatives.Length > 0);
        cut.FindAll("[data-testid=batch-spurious]").Count.ShouldBe(flagged);
        if (flagged > 0) cut.Find("[data-testid=batch-spurious-total]").TextContent.ShouldContain($"{flagged} of {result.Runs.Count} runs");
        result.Runs.Where(r => r.IsFull).ShouldAllBe(r => r.SpuriousNegatives.Length == 0);
    }

    [Fact]
    public void Render_RunWithTwoSpuriousNegatives_ShowsTheCountAndMarksTheSmallestIndices()
    {
        var result = study.Result;
        var small = result.Runs.First(r => !r.IsFull);
        var flagged = small with { SpuriousNegatives = [small.Ritz[0], small.Ritz[1]] };
        var runs = result.Runs.Select(r => ReferenceEquals(r, small) ? flagged : r with { SpuriousNegatives = [] }).ToArray();

        var cut = RenderResult(result with { Runs = runs });

        string name = $"batch {small.BatchSize} #{small.Repeat + 1}";
        cut.Find("[data-testid=batch-spurious]").TextContent.ShouldContain("2 spurious negatives");
        cut.Find("[data-testid=batch-spurious-total]").TextContent.ShouldContain($"1 of {runs.Length} runs");
        var marked = Card(cut, name).Series.Single(s => s.Name == "spurious negative (2)").Data;
        marked.Select(p => (p.X, p.Y)).ShouldBe([(0.0, small.Ritz[0]), (1.0, small.Ritz[1])]);
    }

    [Fact]
    public void Render_TinyStudy_RowPerSizeWithTheFullBatchFaintlyBehindEachBatch()
    {
        var result = study.Result;

        var cut = RenderResult();

        cut.FindAll("[data-testid=batch-size-row]").Select(r => r.GetAttribute("data-size"))
            .ShouldBe(["1", "10", result.Population.ToString(CultureInfo.InvariantCulture)]);
        foreach (var run in result.Runs.Where(r => !r.IsFull))
        {
            var series = Card(cut, $"batch {run.BatchSize} #{run.Repeat + 1}").Series;
            series[0].Name.ShouldBe("full batch");
            series[0].Data.Select(p => p.Y).ShouldBe(result.Full!.Ritz);
            series[1].Data.Select(p => p.Y).ShouldBe(run.Ritz);
        }
    }

    [Fact]
    public void Render_TinyStudy_RunsTableAndCsvRecordSeedsAndBatchIndices()
    {
        var result = study.Result;

        var cut = RenderResult();

        var rows = cut.FindAll("[data-testid=batch-run-row]");
        rows.Count.ShouldBe(result.Runs.Count);
        rows.Select(r => r.GetAttribute("data-seed")).ShouldBe(result.Runs.Select(r => r.Seed.ToString(CultureInfo.InvariantCulture)));
        result.Runs.Where(r => !r.IsFull).Select(r => r.Seed).Distinct().Count().ShouldBe(4, "two sizes × two batches, each its own seed");
        var lines = BatchRunsCsv.ToCsv(result).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe(BatchRunsCsv.Header);
        lines.Length.ShouldBe(result.Runs.Count + 1);
        for (int i = 0; i < result.Runs.Count; i++)
        {
            var cells = lines[i + 1].Split(',');
            cells[4].ShouldBe(result.Runs[i].Seed.ToString(CultureInfo.InvariantCulture));
            cells[^1].ShouldBe(string.Join(' ', result.Runs[i].Indices ?? []));
        }
        cut.Find("[data-testid=batch-results]").GetAttribute("data-training-reused").ShouldBe("false");
        cut.Find("[data-testid=batch-training-new]");
    }

    [Fact]
    public void Render_CancelledAfterSomeRuns_KeepsAndDrawsThem()
    {
        var kept = study.Result.Runs.Take(3).ToArray(); // the full batch twice, one batch of size 1
        var cancelled = study.Result with { Completed = false, Runs = kept, Sizes = BatchSizeSummaries.Of(kept), RuntimeFit = BatchSizeSummaries.FitRuntime(kept) };

        var cut = RenderResult(cancelled);

        cut.Find("[data-testid=batch-results]").GetAttribute("data-completed").ShouldBe("false");
        cut.Find("[data-testid=batch-partial]").TextContent.ShouldContain("3 runs kept");
        cut.FindAll("[data-testid=batch-panel]").Count.ShouldBe(3);
        cut.FindAll("[data-testid=batch-run-row]").Count.ShouldBe(3);
        cut.Find("[data-testid=batch-runtime-fit]").GetAttribute("data-slope").ShouldBe(cancelled.RuntimeFit!.Slope.ToString("R", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Render_CancelledBeforeTheFullBatch_SaysThereIsNoReferenceAndDrawsNothing()
    {
        var cancelled = study.Result with { Completed = false, Full = null, Runs = [], Sizes = [], RuntimeFit = null };

        var cut = RenderResult(cancelled);

        cut.Find("[data-testid=batch-partial]").TextContent.ShouldContain("0 runs kept");
        cut.Find("[data-testid=batch-no-reference]");
        cut.FindComponents<ChartCard>().ShouldBeEmpty();
    }
}
