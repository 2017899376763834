using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Experiments.Tests.Jobs;

public class RunStreamingTests
{
    [Fact]
    public async Task StreamAsync_OpenedAfterTheRunFinished_ReplaysEveryStepInOrderThenTheTerminalState()
    {
        await using var harness = await RunnerHarness.StartAsync();
        var run = harness.Runner.Submit(RunnerHarness.SmallLanczos(n: 40));
        await harness.WaitForFinishAsync(run.Id);

        var events = await harness.ReadToEndAsync(run.Id);

        events.Select(e => e.Sequence).ShouldBe(Enumerable.Range(0, events.Count).Select(i => (long)i));
        events.ShouldAllBe(e => e.RunId == run.Id);
        var steps = events.Where(e => e.Kind == RunEventKind.Step).ToList();
        steps.Select(e => e.Step!.K).ShouldBe(Enumerable.Range(1, 40));
        steps.ShouldAllBe(e => e.Series == "Full");
        steps[^1].Step!.RitzValues.Length.ShouldBe(40);
        events[0].State.ShouldBe(RunState.Queued);
        events[1].State.ShouldBe(RunState.Running);
        events[^1].State.ShouldBe(RunState.Succeeded);
        events[^1].IsTerminal.ShouldBeTrue();
        events.Count.ShouldBe(43);
        harness.Runner.Get(run.Id)!.EventCount.ShouldBe(43);
    }

    [Fact]
    public async Task StreamAsync_FromSequence_StartsThere()
    {
        await using var harness = await RunnerHarness.StartAsync();
        var run = harness.Runner.Submit(RunnerHarness.SmallLanczos(n: 20));
        await harness.WaitForFinishAsync(run.Id);

        var tail = await harness.ReadToEndAsync(run.Id, fromSequence: 10);

        tail[0].Sequence.ShouldBe(10);
        tail.Count.ShouldBe(23 - 10);
        harness.Runner.Events(run.Id, 10).ShouldBe(tail);
    }

    [Fact]
    public async Task StreamAsync_TwoLiveReadersAndOneThatNeverReads_BothGetEveryEventAndTheRunCompletes()
    {
        await using var harness = await RunnerHarness.StartAsync();
        var run = harness.Runner.Submit(RunnerHarness.SmallLanczos(n: 300));
        await using var idle = harness.Runner.StreamAsync(run.Id).GetAsyncEnumerator();
        (await idle.MoveNextAsync()).ShouldBeTrue(); // takes the first event, then never reads again

        var readers = await Task.WhenAll(harness.ReadToEndAsync(run.Id), harness.ReadToEndAsync(run.Id));
        var done = await harness.WaitForFinishAsync(run.Id);

        done.State.ShouldBe(RunState.Succeeded);
        var all = harness.Runner.Events(run.Id);
        all.Count(e => e.Kind == RunEventKind.Step).ShouldBe(300);
        readers[0].ShouldBe(all);
        readers[1].ShouldBe(all);
    }

    [Fact]
    public async Task StreamAsync_ReaderCancelsItsToken_OnlyTheStreamEndsNotTheRun()
    {
        await using var harness = await RunnerHarness.StartAsync();
        var run = harness.Runner.Submit(RunnerHarness.SmallLanczos(n: 200));
        using var leave = new CancellationTokenSource();

        await Should.ThrowAsync<OperationCanceledException>(async () =>
        {
            await foreach (var e in harness.Runner.StreamAsync(run.Id, 0, leave.Token))
                if (e.Kind == RunEventKind.Step) await leave.CancelAsync();
        });

        (await harness.WaitForFinishAsync(run.Id)).State.ShouldBe(RunState.Succeeded);
    }

    [Fact]
    public async Task RunChanged_BlockedHandler_DoesNotDelayRunsAndLaterSeesTheNewestSnapshot()
    {
        await using var harness = await RunnerHarness.StartAsync();
        using var release = new ManualResetEventSlim();
        var seen = new List<RunInfo>();
        harness.Runner.RunChanged += info =>
        {
            release.Wait(RunnerHarness.Cap); // a subscriber stuck until the runs are done
            lock (seen) seen.Add(info);
        };

        var first = harness.Runner.Submit(RunnerHarness.SmallLanczos(n: 60));
        var second = harness.Runner.Submit(RunnerHarness.SmallLanczos(n: 60));
        (await harness.WaitForFinishAsync(first.Id)).State.ShouldBe(RunState.Succeeded);
        (await harness.WaitForFinishAsync(second.Id)).State.ShouldBe(RunState.Succeeded);
        release.Set();

        await harness.WaitForAsync(second.Id, _ => SeenFinished(seen, second.Id), "RunChanged with the final state");
        SeenFinished(seen, first.Id).ShouldBeTrue();
    }

    private static bool SeenFinished(List<RunInfo> seen, string id)
    {
        lock (seen) return seen.Any(i => i.Id == id && i.State == RunState.Succeeded);
    }
}
