using System.Globalization;
using Bunit;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Chapter4.Trajectory;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Components.Chapter4.Trajectory;

/// <summary>The results drawn from real tiny trajectories: every number shown is the result's own.</summary>
public sealed class TrajectoryResultsTests : DashboardTestContext
{
    private IRenderedComponent<TrajectoryResults> RenderResults(TrajectoryResult result, object request) =>
        Render<TrajectoryResults>(p => p.Add(r => r.Result, result).Add(r => r.Plan, TrajectoryPlan.For(request)));

    private static IReadOnlyList<Web.Components.Charts.Config.ChartSeries> Chart(IRenderedComponent<TrajectoryResults> cut, string title) =>
        cut.FindComponents<ChartCard>().Single(c => c.Instance.Title == title).Instance.Series;

    [Fact]
    public void Render_TinyMlp_TableShowsEachCheckpointsLambdasAndOutliers()
    {
        var result = TinyTrajectories.Mlp();
        var cut = RenderResults(result, TinyTrajectories.MlpRequest);

        var rows = cut.FindAll("[data-testid=trajectory-row]");
        rows.Count.ShouldBe(3);
        for (int i = 0; i < rows.Count; i++)
        {
            var point = result.Points[i];
            rows[i].GetAttribute("data-step").ShouldBe(point.Step.ToString(CultureInfo.InvariantCulture));
            double.Parse(rows[i].GetAttribute("data-lambda-max")!, CultureInfo.InvariantCulture).ShouldBe(point.LambdaMax);
            double.Parse(rows[i].GetAttribute("data-lambda-min")!, CultureInfo.InvariantCulture).ShouldBe(point.LambdaMin);
            rows[i].QuerySelector("[data-testid=lambda-max]")!.TextContent.ShouldStartWith(point.LambdaMax.ToString("G6", CultureInfo.InvariantCulture));
            rows[i].QuerySelector("[data-testid=lambda-min]")!.TextContent.ShouldStartWith(point.LambdaMin.ToString("G6", CultureInfo.InvariantCulture));
            rows[i].QuerySelector("[data-testid=outliers]")!.TextContent.ShouldBe($"{point.Outliers.Above} / {point.Outliers.Below}");
        }
        cut.Find("[data-testid=trajectory-results]").GetAttribute("data-completed").ShouldBe("true");
        cut.Find("[data-testid=trajectory-results]").GetAttribute("data-precision").ShouldBe("float64");
    }

    [Fact]
    public void Render_TinyMlp_ChartsCarryTheResultsValues()
    {
        var result = TinyTrajectories.Mlp();
        var cut = RenderResults(result, TinyTrajectories.MlpRequest);

        var extremes = Chart(cut, "λmax and λmin");
        extremes.Select(s => s.Name).ShouldBe(["λmax", "λmin"]);
        extremes[0].Data.Select(p => (p.X, p.Y)).ShouldBe(result.Points.Select(p => ((double)p.Step, p.LambdaMax)));
        extremes[1].Data.Select(p => p.Y).ShouldBe(result.Points.Select(p => p.LambdaMin));
        var outliers = Chart(cut, "Outliers");
        outliers[0].Data.Select(p => p.Y).ShouldBe(result.Points.Select(p => (double)p.Outliers.Above));
        outliers[1].Data.Select(p => p.Y).ShouldBe(result.Points.Select(p => (double)p.Outliers.Below));
        Chart(cut, "Training loss").Select(s => s.Name).ShouldBe(["train loss"], "MNIST's test split is the training data here: no held-out curve");
        cut.Find("[data-testid=outlier-definition]").TextContent.ShouldContain("at least 1.3");
        cut.FindComponents<ChartCard>().Any(c => c.Instance.Title.StartsWith("Top separation", StringComparison.Ordinal)).ShouldBeFalse("separation is the NanoGPT page's");
    }

    [Fact]
    public void Render_TinyMlp_RidgelineAndHeatmapHaveOneRowPerCheckpoint()
    {
        var result = TinyTrajectories.Mlp();
        var cut = RenderResults(result, TinyTrajectories.MlpRequest);

        cut.Find("[data-testid=ridgeline]").GetAttribute("data-rows").ShouldBe("3");
        double.Parse(cut.Find("[data-testid=ridgeline]").GetAttribute("data-sigma")!, CultureInfo.InvariantCulture).ShouldBe(result.Ridgeline.Sigma);
        cut.Find("[data-testid=ridgeline-sigma]").TextContent.ShouldBe($"σ = {result.Ridgeline.Sigma.ToString("G6", CultureInfo.InvariantCulture)}");
        var heatmap = Chart(cut, "Ritz values per checkpoint (heatmap)");
        heatmap.Select(s => s.Name).ShouldBe(["epoch 2", "epoch 1", "epoch 0"], "ApexCharts draws the first series at the bottom");
        heatmap.ShouldAllBe(s => s.Data.Count == result.Heatmap.Edges.Length - 1);
        heatmap[2].Data.Sum(p => p.Y).ShouldBe(result.Points[0].Spectrum.Lanczos.Ritz.Length, "counts: every Ritz value in some bin");
    }

    [Fact]
    public async Task SetSigma_TinyMlp_ResmoothsTheStoredRunsToTheNewWidth()
    {
        var result = TinyTrajectories.Mlp();
        var cut = RenderResults(result, TinyTrajectories.MlpRequest);
        var card = cut.FindComponent<RidgelineCard>();

        await card.InvokeAsync(() => card.Instance.SetSigma(result.Ridgeline.Sigma * 2));

        card.Instance.View.Sigma.ShouldBe(result.Ridgeline.Sigma * 2, 1e-15);
        var expected = RidgelineView.From([0, 1, 2], [.. result.Points.Select(p => p.Spectrum.Lanczos)], result.Ridgeline.Sigma * 2, result.Ridgeline.Grid.Length);
        card.Instance.View.Grid.ShouldBe(expected.Grid);
        for (int c = 0; c < 3; c++) card.Instance.View.Densities[c].ShouldBe(expected.Densities[c]);
        cut.Find("[data-testid=ridgeline]").GetAttribute("data-sigma").ShouldBe((result.Ridgeline.Sigma * 2).ToString("R", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Render_QuickNanoGpt_ShowsSeparationAndValidationLossFromTheResult()
    {
        var result = TinyTrajectories.NanoGpt();
        var cut = RenderResults(result, TinyTrajectories.NanoGptRequest);

        cut.FindAll("[data-testid=trajectory-row]").Select(r => double.Parse(r.GetAttribute("data-lambda-max")!, CultureInfo.InvariantCulture))
            .ShouldBe(result.Points.Select(p => p.LambdaMax));
        Chart(cut, "Top separation λ1 − λ2")[0].Data.Select(p => p.Y).ShouldBe(result.Points.Select(p => p.TopGap));
        Chart(cut, "Top ratio λ1/λ2")[0].Data.Select(p => p.Y).ShouldBe(result.Points.Where(p => double.IsFinite(p.TopRatio)).Select(p => p.TopRatio));
        Chart(cut, "Training loss").Select(s => s.Name).ShouldBe(["train loss", "val loss"]);
        cut.Find("[data-testid=trajectory-results]").GetAttribute("data-precision").ShouldBe("float32");
    }

    [Fact]
    public void Render_ReusedTraining_ShowsTheChipWithTheKey()
    {
        var result = TinyTrajectories.Mlp() with { TrainingReused = true, TrainingSeconds = 0 };

        var cut = RenderResults(result, TinyTrajectories.MlpRequest);

        cut.Find("[data-testid=trajectory-results]").GetAttribute("data-reused").ShouldBe("true");
        cut.Find("[data-testid=trajectory-results-reused]").TextContent.ShouldContain(result.TrainingKey);
        cut.Find("[data-testid=trajectory-results]").TextContent.ShouldContain("training reused");
    }
}
