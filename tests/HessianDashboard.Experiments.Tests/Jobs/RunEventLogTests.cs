using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Experiments.Tests.Jobs;

public class RunEventLogTests
{
    private static RunEvent Progress(bool terminal = false) =>
        new(0, "r", terminal ? RunEventKind.StateChanged : RunEventKind.Progress, terminal ? RunState.Succeeded : null,
            null, null, null, null, DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task Append_WithReadersThatNeverReadOrLag_NeverWaitsAndEveryReaderGetsEverything()
    {
        var log = new RunEventLog();
        await using var stuck = log.ReadAsync().GetAsyncEnumerator();
        var pending = stuck.MoveNextAsync(); // waiting for the first event, never read again after it
        using var timeout = new CancellationTokenSource(RunnerHarness.Cap);
        var slow = Task.Run(async () =>
        {
            var seen = new List<long>();
            await foreach (var e in log.ReadAsync(0, timeout.Token))
            {
                seen.Add(e.Sequence);
                if (seen.Count % 1000 == 0) await Task.Delay(1, timeout.Token);
            }
            return seen;
        });

        for (int i = 0; i < 20_000; i++) log.Append(Progress());
        log.Append(Progress(terminal: true));

        (await pending).ShouldBeTrue();
        log.IsCompleted.ShouldBeTrue();
        (await slow).ShouldBe(Enumerable.Range(0, 20_001).Select(i => (long)i));
    }

    [Fact]
    public void Append_AfterTheTerminalEvent_Throws()
    {
        var log = new RunEventLog();
        log.Append(Progress(terminal: true));

        Should.Throw<InvalidOperationException>(() => log.Append(Progress()));
        log.Snapshot().Count.ShouldBe(1);
    }
}
