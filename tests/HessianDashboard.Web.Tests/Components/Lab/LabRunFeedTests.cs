using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Lab;

namespace HessianDashboard.Web.Tests.Components.Lab;

public sealed class LabRunFeedTests
{
    private static RunEvent Step(long sequence, string series, int k, double loss = 1e-16) =>
        new(sequence, "run", RunEventKind.Step, null, series,
            new LanczosStep(k, 0, 1, [.. Enumerable.Range(0, k).Select(i => (double)i)], new double[k], loss, true, TimeSpan.Zero, TimeSpan.Zero),
            null, null, DateTimeOffset.UnixEpoch);

    private static RunEvent State(long sequence, RunState state) =>
        new(sequence, "run", RunEventKind.StateChanged, state, null, null, null, null, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Consume_HundredSteps_GivesEveryRitzValueOnceAcrossPolls()
    {
        var feed = new LabRunFeed(["Full"], 100);
        var events = new List<RunEvent> { State(0, RunState.Queued), State(1, RunState.Running) };
        events.AddRange(Enumerable.Range(1, 100).Select(k => Step(k + 1, "Full", k)));
        events.Add(State(102, RunState.Succeeded));

        // Three polls, the second overlapping the first (a snapshot from an older cursor): nothing is counted twice.
        var first = feed.Consume(events[..40]);
        var second = feed.Consume(events[30..80]);
        var third = feed.Consume(events[feed.Cursor is var c ? (int)c.. : ..]);

        int points = new[] { first, second, third }.Sum(b => b.Ladders[0].Sum(l => l.Count));
        points.ShouldBe(5050);
        feed.Finished.ShouldBeTrue();
        feed.Cursor.ShouldBe(103);
        third.Latest[0]!.K.ShouldBe(100);
    }

    [Fact]
    public void Consume_Step_ColoursByRankAndFloorsTheLossForTheLogAxis()
    {
        var feed = new LabRunFeed(["None", "Full"], 10);

        var batch = feed.Consume([Step(0, "Full", 7, loss: 0)]);

        batch.Ladders[1].Select(l => l.Count).ShouldBe([2, 2, 2, 1]);
        batch.Ladders[0].ShouldAllBe(l => l.Count == 0);
        batch.Orthogonality[1].ShouldHaveSingleItem().Y.ShouldBe(LabCharts.LogFloor);
    }

    [Theory]
    [InlineData(100, 1)]
    [InlineData(199, 1)]
    [InlineData(200, 2)]
    [InlineData(1000, 26)]
    [InlineData(null, 1)]
    public void LadderStride_M_KeepsTheInteriorWithinTheBudget(int? m, int stride) =>
        LabRunFeed.LadderStride(m).ShouldBe(stride);

    [Fact]
    public void Consume_ThinnedLadder_KeepsTheColouredValuesOfEveryStep()
    {
        var feed = new LabRunFeed(["Full"], 1000);

        var batch = feed.Consume([Step(0, "Full", 25), Step(1, "Full", 26)]);

        batch.Ladders[0][RitzRank.Classes - 1].Count.ShouldBe(26 - 6, "interior only on every 26th step");
        batch.Ladders[0].Take(3).Sum(l => l.Count).ShouldBe(12);
    }
}
