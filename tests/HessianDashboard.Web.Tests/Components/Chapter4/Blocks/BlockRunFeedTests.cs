using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Chapter4.Blocks;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Lab;

namespace HessianDashboard.Web.Tests.Components.Chapter4.Blocks;

/// <summary>The block run's event feed: one ladder per Lanczos run, blocks done from the λmax metric, the loss curve, the live list.</summary>
public sealed class BlockRunFeedTests
{
    private long _sequence;

    private RunEvent Step(string block, int k) => new(_sequence++, "run", RunEventKind.Step, null, block,
        new LanczosStep(k, 1, 1, [.. Enumerable.Range(0, k).Select(i => (double)i)], new double[k], 0, true, TimeSpan.Zero, TimeSpan.Zero),
        null, null, DateTimeOffset.UnixEpoch);

    private RunEvent Metric(string name, double x, double y) =>
        new(_sequence++, "run", RunEventKind.Metric, null, null, null, null, null, DateTimeOffset.UnixEpoch, new RunMetric(name, x, y));

    private RunEvent Stage(string stage) =>
        new(_sequence++, "run", RunEventKind.Progress, null, null, null, new ExperimentProgress(stage, 1, 1000), null, DateTimeOffset.UnixEpoch);

    private RunEvent End() => new(_sequence++, "run", RunEventKind.StateChanged, RunState.Cancelled, null, null, null, null, DateTimeOffset.UnixEpoch);

    private static int Points(List<ChartPoint>[] ladder) => ladder.Sum(c => c.Count);

    [Fact]
    public void Consume_StepsOfTwoBlocks_KeepsOnlyTheCurrentRunsLadder()
    {
        var feed = new BlockRunFeed(3);

        feed.Consume([Step("embedding", 1), Step("embedding", 2), Step("embedding", 3), Metric(BlockRunFeed.LambdaMaxMetric, 0, 7.5), Step("h0.attn", 1), Step("h0.attn", 2)]);

        (feed.Current, feed.StartVector, feed.Step).ShouldBe(("h0.attn", 0, 2));
        feed.Done.ShouldBe(new Dictionary<int, double> { [0] = 7.5 });
        feed.Seen.ShouldBe(["embedding", "h0.attn"]);
        Points(feed.TakeLadder()).ShouldBe(1 + 2);
        Points(feed.TakeLadder()).ShouldBe(0, "taken points are handed out once");
    }

    [Fact]
    public void Consume_StepNumberStartsAgain_IsTheBlocksNextStartVector()
    {
        var feed = new BlockRunFeed(2);
        feed.Consume([Step("ln_f", 1), Step("ln_f", 2)]);
        string first = feed.LadderKey;

        feed.Consume([Step("ln_f", 1)]);

        (feed.StartVector, feed.Step).ShouldBe((1, 1));
        feed.LadderKey.ShouldNotBe(first);
        Points(feed.TakeLadder()).ShouldBe(1);
    }

    [Fact]
    public void Consume_LossMetrics_ReturnsTheNewPointsOnceAndIgnoresOldEvents()
    {
        var feed = new BlockRunFeed(5);
        var events = new List<RunEvent> { Metric(BlockRunFeed.TrainLossMetric, 1, 4.2), Metric(BlockRunFeed.TrainLossMetric, 2, 4.0), Metric("other", 0, 1) };

        feed.Consume(events).Select(p => (p.X, p.Y)).ShouldBe([(1.0, 4.2), (2.0, 4.0)]);
        feed.Consume(events).ShouldBeEmpty();
        feed.LossPoints.ShouldBe(2);
        feed.Cursor.ShouldBe(3);
    }

    [Fact]
    public void From_CancelledDuringTheThirdBlock_ListsDoneAndNotRun()
    {
        var plan = new BlockPlan([new("embedding", 100), new("h0.attn", 50), new("h0.mlp", 80), new("ln_f", 8)]);
        var feed = new BlockRunFeed(4);
        feed.Consume([Step("embedding", 1), Metric(BlockRunFeed.LambdaMaxMetric, 0, 3), Step("h0.attn", 1), Metric(BlockRunFeed.LambdaMaxMetric, 1, 2), Step("h0.mlp", 1)]);

        var live = BlockRows.From(plan, feed, 1, ended: false);
        live.Select(r => r.State).ShouldBe([BlockRows.Done, BlockRows.Done, BlockRows.Running, BlockRows.Waiting]);
        live[2].Note.ShouldBe("step 1 of 4");
        live[0].LambdaMax.ShouldBe(3);

        feed.Consume([End()]);
        feed.Finished.ShouldBeTrue();
        BlockRows.From(plan, feed, 1, ended: true).Select(r => r.State).ShouldBe([BlockRows.Done, BlockRows.Done, BlockRows.NotRun, BlockRows.NotRun]);
        BlockRows.From(null, feed, 1, ended: true).Select(r => (r.Name, r.Parameters)).ShouldBe([("embedding", (long?)null), ("h0.attn", null), ("h0.mlp", null)]);
    }

    [Fact]
    public void Consume_StageNamesTheNextBlockBeforeItsFirstStep_ListsItAsBuildingItsGraph()
    {
        var plan = new BlockPlan([new("embedding", 100), new("h0.attn", 50)]);
        var feed = new BlockRunFeed(2);

        feed.Consume([Stage("training"), Stage("block embedding"), Step("embedding", 1), Step("embedding", 2), Metric(BlockRunFeed.LambdaMaxMetric, 0, 3), Stage("block h0.attn")]);

        (feed.Current, feed.Starting).ShouldBe(("embedding", "h0.attn"));
        var row = BlockRows.From(plan, feed, 1, ended: false)[1];
        (row.State, row.Note).ShouldBe((BlockRows.Running, "building its gradient graph"));
    }

    [Fact]
    public void Stride_LongRuns_ThinTheInteriorLikeTheLab() =>
        new BlockRunFeed(1000).Stride.ShouldBe(LabRunFeed.LadderStride(1000));
}
