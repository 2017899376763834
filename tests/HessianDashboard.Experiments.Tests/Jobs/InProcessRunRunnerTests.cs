using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Sources;

namespace HessianDashboard.Experiments.Tests.Jobs;

public class InProcessRunRunnerTests
{
    [Fact]
    public async Task Submit_LanczosRun_GoesQueuedRunningSucceededWithTheDirectResult()
    {
        await using var harness = await RunnerHarness.StartAsync();
        var request = RunnerHarness.SmallLanczos();

        var submitted = harness.Runner.Submit(request);
        var done = await harness.WaitForFinishAsync(submitted.Id);

        submitted.State.ShouldBe(RunState.Queued);
        submitted.Id.Length.ShouldBe(12);
        submitted.Id.ShouldAllBe(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c));
        submitted.Kind.ShouldBe("lanczos");
        submitted.Title.ShouldContain("Lanczos (Full)");
        done.State.ShouldBe(RunState.Succeeded);
        done.Error.ShouldBeNull();
        done.Progress.ShouldBe(1);
        done.Eta.ShouldBeNull();
        done.StartedAt.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(done.SubmittedAt);
        done.FinishedAt.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(done.StartedAt.Value);
        done.Request.ShouldBeSameAs(request);
        var states = harness.Runner.Events(done.Id).Where(e => e.Kind == RunEventKind.StateChanged).Select(e => e.State);
        states.ShouldBe([RunState.Queued, RunState.Running, RunState.Succeeded]);

        var result = done.Result.ShouldBeOfType<LanczosRunResult>();
        var direct = LanczosRunExperiment.Run(request);
        result.Status.ShouldBe(LanczosStatus.Completed);
        result.Ritz.ShouldBe(direct.Ritz); // same seeds, same arithmetic: identical
        result.Alpha.ShouldBe(direct.Alpha);
    }

    [Fact]
    public async Task Submit_MissingMatrixMarketFile_FailsWithTheErrorText()
    {
        await using var harness = await RunnerHarness.StartAsync();
        string path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.mtx");

        var run = harness.Runner.Submit(new LanczosRunRequest { Source = MatrixSource.FromFile(path), Iterations = 5 });
        var done = await harness.WaitForFinishAsync(run.Id);

        done.State.ShouldBe(RunState.Failed);
        done.Error.ShouldNotBeNull().ShouldContain(Path.GetFileName(path));
        done.Result.ShouldBeNull();
        var last = harness.Runner.Events(run.Id)[^1];
        (last.Kind, last.State, last.Error).ShouldBe((RunEventKind.StateChanged, RunState.Failed, done.Error));
    }

    [Fact]
    public async Task Submit_InvalidRequest_ThrowsRequestValidationExceptionAndQueuesNothing()
    {
        await using var harness = await RunnerHarness.StartAsync();

        var ex = Should.Throw<RequestValidationException>(() => harness.Runner.Submit(RunnerHarness.SmallLanczos(n: 30, m: 31)));

        ex.Errors.ShouldContain(e => e.Contains("cannot exceed n = 30"));
        harness.Runner.List().ShouldBeEmpty();
    }

    [Fact]
    public async Task Submit_QueueFull_ThrowsRunQueueFullExceptionUntilASlotFrees()
    {
        await using var harness = RunnerHarness.Idle(new RunnerOptions { QueueCapacity = 2 });
        var first = harness.Runner.Submit(RunnerHarness.SmallLanczos());
        harness.Runner.Submit(RunnerHarness.SmallLanczos());

        var ex = Should.Throw<RunQueueFullException>(() => harness.Runner.Submit(RunnerHarness.SmallLanczos()));
        ex.ShouldBeAssignableTo<InvalidOperationException>();
        ex.Message.ShouldContain("queue is full");

        harness.Runner.Cancel(first.Id).ShouldBeTrue(); // a cancelled queued run frees its slot at once
        harness.Runner.Submit(RunnerHarness.SmallLanczos()).State.ShouldBe(RunState.Queued);
    }

    [Fact]
    public async Task List_SeveralRuns_NewestFirst()
    {
        await using var harness = RunnerHarness.Idle(new RunnerOptions());
        var ids = Enumerable.Range(0, 3).Select(_ => harness.Runner.Submit(RunnerHarness.SmallLanczos()).Id).ToList();

        harness.Runner.List().Select(r => r.Id).ShouldBe(ids.AsEnumerable().Reverse());
    }

    [Fact]
    public async Task UnknownRunId_GetIsNullCancelIsFalseStreamThrowsAtCall()
    {
        await using var harness = await RunnerHarness.StartAsync();

        harness.Runner.Get("nope").ShouldBeNull();
        harness.Runner.Cancel("nope").ShouldBeFalse();
        Should.Throw<KeyNotFoundException>(() => harness.Runner.StreamAsync("nope"));
        Should.Throw<KeyNotFoundException>(() => harness.Runner.Events("nope"));
    }

    [Fact]
    public async Task Finished_BeyondMaxFinishedRuns_OldestIsEvicted()
    {
        await using var harness = await RunnerHarness.StartAsync(new RunnerOptions { MaxFinishedRuns = 1 });
        var first = harness.Runner.Submit(RunnerHarness.SmallLanczos(n: 10));
        await harness.WaitForFinishAsync(first.Id);
        var second = harness.Runner.Submit(RunnerHarness.SmallLanczos(n: 10));

        await harness.WaitForAsync(second.Id, i => i.State.IsTerminal() && harness.Runner.Get(first.Id) is null, "first evicted");

        harness.Runner.List().Select(r => r.Id).ShouldBe([second.Id]);
    }

    [Fact]
    public async Task Workers2_TwoLongRuns_AreRunningAtTheSameTime()
    {
        await using var harness = await RunnerHarness.StartAsync(new RunnerOptions { Workers = 2 });
        var a = harness.Runner.Submit(RunnerHarness.LongLanczos());
        var b = harness.Runner.Submit(RunnerHarness.LongLanczos());

        await harness.WaitForAsync(a.Id, i => i.State == RunState.Running && harness.Runner.Get(b.Id)!.State == RunState.Running, "both running");

        harness.Runner.Cancel(a.Id).ShouldBeTrue();
        harness.Runner.Cancel(b.Id).ShouldBeTrue();
        (await harness.WaitForFinishAsync(a.Id)).State.ShouldBe(RunState.Cancelled);
        (await harness.WaitForFinishAsync(b.Id)).State.ShouldBe(RunState.Cancelled);
    }
}
