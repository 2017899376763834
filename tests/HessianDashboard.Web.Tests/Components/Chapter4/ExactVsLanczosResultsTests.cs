using System.Globalization;
using Bunit;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Chapter4.ExactVsLanczos;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Chapter4;

/// <summary>The results of a real (tiny) exact-vs-Lanczos run: every number shown is the result's own.</summary>
public sealed class ExactVsLanczosResultsTests(TinyExactVsLanczos tiny) : DashboardTestContext, IClassFixture<TinyExactVsLanczos>
{
    private static string Text(IRenderedComponent<ExactVsLanczosResults> cut, string row, string cell) =>
        cut.Find($"[data-testid=evl-row-{row}] [data-testid={cell}]").TextContent.Trim();

    private static string Percent(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static IReadOnlyList<Web.Components.Charts.Config.ChartSeries> SeriesOf(IRenderedComponent<ExactVsLanczosResults> cut, string title, string? inside = null) =>
        (inside is null ? cut.FindComponents<ChartCard>() : cut.FindComponents<StateCharts>().Single(s => s.Instance.State.Stage == inside).FindComponents<ChartCard>())
            .Single(c => c.Instance.Title == title).Instance.Series;

    [Fact]
    public void Render_TinyMnist_TableShowsTheResultsCountsAndMasses()
    {
        var result = tiny.Result;
        var mnist = result.Datasets.ShouldHaveSingleItem();

        var cut = Render<ExactVsLanczosResults>(p => p.Add(x => x.Result, result));

        cut.Find("[data-testid=evl-results]").GetAttribute("data-completed").ShouldBe("true");
        foreach (var state in new[] { mnist.Initial!, mnist.Trained! })
        {
            Text(cut, "mnist", $"evl-converged-{state.Stage}").ShouldBe($"{state.Converged} / 12");
            Text(cut, "mnist", $"evl-outliers-{state.Stage}").ShouldBe(state.Outliers.Count.ToString(CultureInfo.InvariantCulture));
            Text(cut, "mnist", $"evl-negative-{state.Stage}").ShouldBe(Percent(state.Negative.MassFraction));
            Text(cut, "mnist", $"evl-negative-count-{state.Stage}").ShouldBe(state.Negative.Count.ToString("N0", CultureInfo.InvariantCulture));
        }
        Text(cut, "mnist", "evl-classes").ShouldBe("9");
        mnist.Initial!.Outliers.Expected.ShouldBe(9);
        mnist.Row!.ConvergedTrained.ShouldBe(mnist.Trained!.Converged);
        cut.Find("[data-testid=evl-dataset-results-mnist]").GetAttribute("data-training-reused").ShouldBe("false");
    }

    [Fact]
    public void Render_TinyMnist_ChartsHoldTheResultsValues()
    {
        var result = tiny.Result;
        var mnist = result.Datasets[0];

        var cut = Render<ExactVsLanczosResults>(p => p.Add(x => x.Result, result));

        var converged = SeriesOf(cut, "Converged Ritz values, step by step");
        converged[0].Data.Select(p => p.Y).ShouldBe(mnist.Initial!.ConvergedPerStep.Select(c => (double)c));
        converged[1].Data.Select(p => p.Y).ShouldBe(mnist.Trained!.ConvergedPerStep.Select(c => (double)c));
        converged[0].Data.Select(p => p.X).ShouldBe(Enumerable.Range(1, 12).Select(k => (double)k));
        foreach (var state in new[] { mnist.Initial, mnist.Trained })
        {
            var ritz = SeriesOf(cut, "Ritz values over the exact extremes", state.Stage);
            ritz[0].Data.Select(p => p.Y).ShouldBe([.. state.ExactSmallest, .. state.ExactLargest]);
            ritz[1].Data.Select(p => p.Y).ShouldBe(state.Spectrum.Lanczos.Ritz.Order());
            var outliers = SeriesOf(cut, "Outliers", state.Stage);
            outliers[0].Data.Select(p => p.Y).ShouldBe(state.Outliers.Outliers);
            outliers[0].Data.Count.ShouldBe(state.Outliers.Count);
            var histogram = SeriesOf(cut, "Exact spectrum", state.Stage).ShouldHaveSingleItem();
            histogram.Data.Take(state.Histogram.Counts.Length).Select(p => p.Y).ShouldBe(state.Histogram.Counts.Select(c => (double)c));
            histogram.Data.Select(p => p.X).ShouldBe(state.Histogram.Edges);
        }
    }

    [Fact]
    public void Render_SecondRun_SaysTrainingAndExactSpectraWereReused()
    {
        var again = tiny.Again;
        again.Datasets[0].TrainingReused.ShouldBeTrue();

        var cut = Render<ExactVsLanczosResults>(p => p.Add(x => x.Result, again));

        cut.Find("[data-testid=evl-training-reused]").TextContent.ShouldContain(again.Datasets[0].TrainingKey);
        cut.FindAll("[data-testid=evl-exact-reused]").Count.ShouldBe(2);
        cut.Find("[data-testid=evl-row-mnist] [data-testid=evl-reused]").TextContent.ShouldBe("training reused, both exact spectra reused");
        Text(cut, "mnist", "evl-converged-trained").ShouldBe($"{tiny.Result.Datasets[0].Trained!.Converged} / 12"); // same numbers as computed
    }

    [Fact]
    public void Render_Cancelled_SaysPartialAndShowsWhatIsMissing()
    {
        var full = tiny.Result;
        var partial = full with { Completed = false, Datasets = [full.Datasets[0] with { Trained = null, Row = null }] };

        var cut = Render<ExactVsLanczosResults>(p => p.Add(x => x.Result, partial));

        cut.Find("[data-testid=evl-completed]").TextContent.Trim().ShouldBe("cancelled: partial results");
        cut.Find("[data-testid=evl-partial]").TextContent.ShouldContain("initialisation only");
        cut.FindAll("[data-testid=evl-state-missing-mnist-trained]").ShouldHaveSingleItem();
        Text(cut, "mnist", "evl-converged-initialisation").ShouldBe($"{full.Datasets[0].Initial!.Converged} / 12");
        Text(cut, "mnist", "evl-converged-trained").ShouldBe("—");
    }

    [Fact]
    public void Render_SkippedDataSet_ShowsItsReason()
    {
        var result = tiny.Result with { Skipped = [new SkippedDataset("cifar10", "CIFAR-10 training split not found. Put data_batch_1.bin … in /data/cifar10.")] };

        var cut = Render<ExactVsLanczosResults>(p => p.Add(x => x.Result, result));

        cut.Find("[data-testid=evl-skipped-cifar10]").TextContent.ShouldContain("CIFAR-10 skipped. CIFAR-10 training split not found. Put data_batch_1.bin");
    }
}
