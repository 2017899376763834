using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Chapter4.BatchSize;

namespace HessianDashboard.Web.Tests.Components.Chapter4.BatchSize;

public sealed class BatchSizeFeedTests
{
    private static RunEvent Step(long sequence, string series, int k) =>
        new(sequence, "run", RunEventKind.Step, null, series,
            new LanczosStep(k, 0, 1, [.. Enumerable.Range(0, k).Select(i => (double)i)], new double[k], 0, true, TimeSpan.Zero, TimeSpan.Zero),
            null, null, DateTimeOffset.UnixEpoch);

    private static RunEvent Metric(long sequence, string name, double x, double y, string? label = null) =>
        new(sequence, "run", RunEventKind.Metric, null, name, null, null, null, DateTimeOffset.UnixEpoch, new RunMetric(name, x, y, label));

    private static RunEvent State(long sequence, RunState state) =>
        new(sequence, "run", RunEventKind.StateChanged, state, null, null, null, null, DateTimeOffset.UnixEpoch);

    /// <summary>Two runs of m = 4 as the study published them before labels: steps, then the run's unlabelled metrics; the small batch ends the log.</summary>
    private static List<RunEvent> TwoRuns()
    {
        var events = new List<RunEvent>();
        void Add(Func<long, RunEvent> make) => events.Add(make(events.Count));
        Add(s => State(s, RunState.Running));
        for (int k = 1; k <= 4; k++) Add(s => Step(s, "full #1", k));
        Add(s => Metric(s, BatchSizeFeed.SecondsMetric, 200, 0.5));
        Add(s => Metric(s, BatchSizeFeed.GradientMetric, 200, 0.08));
        Add(s => Metric(s, BatchSizeFeed.DistanceMetric, 200, 0));
        for (int k = 1; k <= 4; k++) Add(s => Step(s, "batch 10 #1", k));
        Add(s => Metric(s, BatchSizeFeed.SecondsMetric, 10, 0.1));
        Add(s => Metric(s, BatchSizeFeed.GradientMetric, 10, 0.6));
        Add(s => State(s, RunState.Succeeded));
        return events;
    }

    [Fact]
    public void Consume_UnlabelledRunsInOverlappingPolls_KeepsEachLadderOnceAndARowPerRun()
    {
        var feed = new BatchSizeFeed(4);
        var events = TwoRuns();

        var first = feed.Consume(events[..3]);
        feed.Current.ShouldBe("full #1");
        feed.Consume(events[..9]); // an older cursor: the first events again
        var last = feed.Consume(events);

        first["full #1"].Sum(l => l.Count).ShouldBe(1 + 2);
        last.Keys.ShouldBe(["batch 10 #1"]);
        feed.Series.ShouldBe(["full #1", "batch 10 #1"]);
        feed.Ladder("full #1").Sum(l => l.Count).ShouldBe(1 + 2 + 3 + 4);
        feed.Ladder("batch 10 #1").Sum(l => l.Count).ShouldBe(10);
        feed.Rows.ShouldBe([
            new BatchLiveRow("full #1", 200, 4, 0.5, 0.08, 0),
            new BatchLiveRow("batch 10 #1", 10, 4, 0.1, 0.6), // stopped early: no L2 published
        ]);
        feed.Finished.ShouldBeTrue();
        feed.Cursor.ShouldBe(events.Count);
    }

    [Fact]
    public void Consume_LabelledMetricsInterleavedWithTheNextRun_FillEachRunsOwnRow()
    {
        var feed = new BatchSizeFeed(3);
        var events = new List<RunEvent>();
        void Add(Func<long, RunEvent> make) => events.Add(make(events.Count));
        for (int k = 1; k <= 3; k++) Add(s => Step(s, "batch 100 #1", k));
        Add(s => Step(s, "batch 100 #2", 1)); // the next run started before the first one's metrics were read
        Add(s => Metric(s, BatchSizeFeed.SecondsMetric, 100, 0.4, "batch 100 #1"));
        Add(s => Step(s, "batch 100 #2", 2));
        Add(s => Metric(s, BatchSizeFeed.SecondsMetric, 100, 0.5, "batch 100 #2"));
        Add(s => Metric(s, BatchSizeFeed.GradientMetric, 100, 0.07, "batch 100 #1"));
        Add(s => Metric(s, BatchSizeFeed.DistanceMetric, 100, 0.3, "batch 100 #1"));
        Add(s => Metric(s, BatchSizeFeed.GradientMetric, 100, 0.09, "batch 100 #2"));

        feed.Consume(events);

        feed.Current.ShouldBe("batch 100 #2");
        feed.Rows.ShouldBe([
            new BatchLiveRow("batch 100 #1", 100, 3, 0.4, 0.07, 0.3),
            new BatchLiveRow("batch 100 #2", 100, 2, 0.5, 0.09),
        ]);
    }

    [Fact]
    public void Consume_MetricForARunWithoutARow_IsIgnored()
    {
        var feed = new BatchSizeFeed(3);

        feed.Consume([Step(0, "full #1", 1), Metric(1, BatchSizeFeed.GradientMetric, 200, 0.1, "full #1")]);

        feed.Rows.ShouldBeEmpty();
    }

    [Fact]
    public void Ladder_UnknownSeries_IsEmpty() =>
        new BatchSizeFeed(100).Ladder("batch 1 #1").ShouldAllBe(l => l.Count == 0);
}
