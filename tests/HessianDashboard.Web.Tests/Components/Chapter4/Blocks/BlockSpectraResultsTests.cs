using System.Globalization;
using Bunit;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Chapter4.Blocks;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Lab;
using HessianDashboard.Web.Tests.TestSupport;
using MudBlazor;

namespace HessianDashboard.Web.Tests.Components.Chapter4.Blocks;

/// <summary>The block-spectra results drawn from a real tiny result: densities, the JS matrix as computed, provenance, partial runs.</summary>
public sealed class BlockSpectraResultsTests(TinyBlockSpectra tiny) : DashboardTestContext, IClassFixture<TinyBlockSpectra>
{
    private static double Parse(string? text) => double.Parse(text!, CultureInfo.InvariantCulture);

    private IRenderedComponent<BlockSpectraResults> RenderResult(BlockSpectraResult result, int? planned = null) =>
        Render<BlockSpectraResults>(p => p.Add(c => c.Result, result).Add(c => c.AutoSigma, true).Add(c => c.Planned, planned));

    [Fact]
    public void Experiment_TinyNanoGpt_EveryBlockDensityIntegratesToOneOnTheCommonGrid()
    {
        var result = tiny.Result;

        result.Blocks.Select(b => b.Name).ShouldBe(["embedding", "h0.attn", "h0.mlp", "h1.attn", "h1.mlp", "ln_f"]);
        result.Grid.Length.ShouldBe(TinyBlockSpectra.Request.GridPoints);
        foreach (var block in result.Blocks)
        {
            double integral = 0;
            for (int g = 1; g < result.Grid.Length; g++) integral += 0.5 * (block.Density[g] + block.Density[g - 1]) * (result.Grid[g] - result.Grid[g - 1]);
            // The grid spans every node ± 5σ (a node at an end loses at most the N(0,1) tail beyond 5, 2.9e-7, of its weight)
            // with a spacing of about σ/4, where the trapezoidal rule on Gaussians is exact to rounding: |∫φ − 1| < 1e-6.
            integral.ShouldBe(1, 1e-6, block.Name);
            block.Integral.ShouldBe(integral, 1e-12);
            block.RunWeightTotals.ShouldAllBe(total => Math.Abs(total - 1) < 1e-12);
        }
    }

    [Fact]
    public void Render_TinyResult_JensenShannonCellsAreTheResultsSymmetricZeroDiagonalMatrix()
    {
        var result = tiny.Result;
        var d = result.JensenShannonDistance;

        var cut = RenderResult(result);

        var cells = cut.FindAll("[data-testid=blocks-js-matrix] td");
        cells.Count.ShouldBe(36);
        foreach (var cell in cells)
        {
            int i = int.Parse(cell.GetAttribute("data-i")!, CultureInfo.InvariantCulture), j = int.Parse(cell.GetAttribute("data-j")!, CultureInfo.InvariantCulture);
            Parse(cell.GetAttribute("data-value")).ShouldBe(d[i][j]); // exactly: round-trip formatting of the result's own numbers
            cell.TextContent.ShouldBe(i == j ? "0" : d[i][j].ToString("0.000", CultureInfo.InvariantCulture));
            d[i][j].ShouldBe(d[j][i]);
            d[i][j].ShouldBeInRange(0, JensenShannon.MaxDistance);
            if (i == j) d[i][j].ShouldBe(0);
            else d[i][j].ShouldBeGreaterThan(0, $"{result.Blocks[i].Name} and {result.Blocks[j].Name} have different spectra");
        }
        cut.Find("[data-testid=blocks-js]").TextContent.ShouldContain("√ln 2 ≈ 0.8326");
    }

    [Fact]
    public void Render_TinyResult_NamesTheMostAndLeastSimilarPairs()
    {
        var result = tiny.Result;
        var pairs = JensenShannonTable.Pairs(result.JensenShannonDistance).OrderBy(p => p.D).ToList();
        string Name((int I, int J, double D) p) => $"{result.Blocks[p.I].Name} – {result.Blocks[p.J].Name} ({p.D.ToString("0.000", CultureInfo.InvariantCulture)})";

        var cut = RenderResult(result);

        pairs.Count.ShouldBe(15);
        string most = cut.Find("[data-testid=blocks-js-most]").TextContent, least = cut.Find("[data-testid=blocks-js-least]").TextContent;
        most.ShouldContain(Name(pairs[0]));
        most.ShouldContain(Name(pairs[2]));
        most.ShouldNotContain(Name(pairs[3]));
        least.ShouldStartWith("Least similar (dashed outline): " + Name(pairs[^1]));
        least.ShouldContain(Name(pairs[^3]));
    }

    [Fact]
    public void Render_TinyResult_SmallMultiplesShareTheGridsRangeAndOneYScaleAndSwitchToLog()
    {
        var result = tiny.Result;
        var cut = RenderResult(result);
        IReadOnlyList<ChartCard> Cards() => [.. cut.FindComponent<BlockDensityGrid>().FindComponents<ChartCard>().Select(c => c.Instance)];

        var cards = Cards();
        cards.Select(c => c.Title).ShouldBe(result.Blocks.Select(b => b.Name));
        double top = cards[0].Options.Yaxis!.Max!.Value;
        var x = cards[0].Options.Xaxis!;
        x.Min!.Value.ShouldBeLessThanOrEqualTo(result.Grid[0]);
        x.Max!.Value.ShouldBeGreaterThanOrEqualTo(result.Grid[^1]);
        foreach (var (card, block) in cards.Zip(result.Blocks))
        {
            card.Options.Xaxis.ShouldBe(x, "one x range for every block");
            card.Options.Yaxis!.Max.ShouldBe(top);
            card.Series.ShouldHaveSingleItem().Data.Select(p => p.Y).ShouldBe(block.Density);
        }
        double peak = cut.FindComponent<BlockDensityGrid>().Instance.Top;
        peak.ShouldBe(result.Blocks.Max(b => b.Density.Max()));
        top.ShouldBeGreaterThanOrEqualTo(peak);
        cut.FindAll("[data-testid=blocks-densities] [data-integral]").Select(e => Parse(e.GetAttribute("data-integral")))
            .ShouldBe(result.Blocks.Select(b => b.Integral));

        cut.Find("input[data-testid=blocks-log]").Change(true);

        cut.Find("[data-testid=blocks-densities]").GetAttribute("data-log").ShouldBe("true");
        foreach (var card in Cards())
        {
            card.Options.Yaxis!.Logarithmic.ShouldBe(true);
            card.Series[0].Data.ShouldAllBe(p => p.Y >= peak * BlockCharts.LogDepth);
        }
    }

    [Fact]
    public void Render_TinyResult_ShowsSigmaPrecisionTrainingAndTheChecksum()
    {
        var result = tiny.Result;

        var cut = RenderResult(result);

        cut.Find("[data-testid=blocks-sha]").TextContent.ShouldBe(result.CheckpointSha256);
        result.CheckpointSha256.Length.ShouldBe(64);
        cut.Find("[data-testid=blocks-sigma-used]").TextContent.ShouldBe($"σ = {result.Sigma.ToString("G3", CultureInfo.InvariantCulture)} (auto)");
        cut.Find("[data-testid=blocks-results]").GetAttribute("data-training-reused").ShouldBe("false");
        cut.Markup.ShouldContain("trained now");
        cut.Markup.ShouldContain("float64 products");
        cut.FindAll("[data-testid=blocks-table] tbody tr").Count.ShouldBe(6);
        cut.FindAll("[data-testid=blocks-partial]").ShouldBeEmpty();
    }

    [Fact]
    public void Render_CancelledAfterThreeBlocks_SaysPartialAndComparesOnlyThose()
    {
        var full = tiny.Result;
        var partial = full with
        {
            Completed = false, TrainingReused = true, Blocks = [.. full.Blocks.Take(3)],
            JensenShannonDistance = [.. full.JensenShannonDistance.Take(3).Select(row => row.Take(3).ToArray())],
        };

        var cut = RenderResult(partial, planned: 6);

        cut.Find("[data-testid=blocks-partial]").TextContent.ShouldContain("partial: cancelled after 3 of 6 blocks");
        cut.Find("[data-testid=blocks-results]").GetAttribute("data-completed").ShouldBe("false");
        cut.Find("[data-testid=blocks-training-reused]").TextContent.ShouldContain("training reused");
        cut.FindAll("[data-testid=blocks-js-matrix] td").Count.ShouldBe(9);
        cut.FindComponent<BlockDensityGrid>().FindComponents<ChartCard>().Count.ShouldBe(3);
    }

    [Fact]
    public void Render_CancelledBeforeAnyBlock_SaysThereIsNothingToCompare()
    {
        var none = tiny.Result with { Completed = false, Blocks = [], JensenShannonDistance = [], Grid = [], Sigma = double.NaN };

        var cut = RenderResult(none, planned: 6);

        cut.Markup.ShouldContain("No block finished before the run was cancelled");
        cut.FindAll("[data-testid=blocks-densities]").ShouldBeEmpty();
        cut.FindAll("[data-testid=blocks-js]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Render_TinyResult_OffersTheChosenBlocksRunAsAnSlqDensityWithSigmaControl()
    {
        var result = tiny.Result;
        var cut = RenderResult(result);

        var card = cut.FindComponent<SlqDensityCard>();
        card.Instance.Run.ShouldBeSameAs(result.Blocks[0].Runs[0].Lanczos);

        var blockSelect = cut.FindComponent<BlockSlqCard>().FindComponent<MudSelect<string>>();
        await cut.InvokeAsync(() => blockSelect.Instance.ValueChanged.InvokeAsync("h1.mlp"));
        var runSelect = cut.FindComponent<BlockSlqCard>().FindComponent<MudSelect<int>>();
        await cut.InvokeAsync(() => runSelect.Instance.ValueChanged.InvokeAsync(1));

        card = cut.FindComponent<SlqDensityCard>();
        card.Instance.Run.ShouldBeSameAs(result.Blocks[4].Runs[1].Lanczos);
        await card.InvokeAsync(() => card.Instance.SetSigma(card.Instance.Sigma * 2));
        Parse(card.Find("[data-testid=slq-density]").GetAttribute("data-integral")).ShouldBe(1, 1e-6);
    }
}
