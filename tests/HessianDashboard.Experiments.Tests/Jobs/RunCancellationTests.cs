using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Lanczos;

namespace HessianDashboard.Experiments.Tests.Jobs;

public class RunCancellationTests
{
    [Fact]
    public async Task Cancel_RunningLanczos_EndsCancelledKeepingTheStepsDone()
    {
        await using var harness = await RunnerHarness.StartAsync();
        var run = harness.Runner.Submit(RunnerHarness.LongLanczos());
        await harness.FirstEventAsync(run.Id, e => e.Kind == RunEventKind.Step);

        var running = harness.Runner.Get(run.Id)!;
        harness.Runner.Cancel(run.Id).ShouldBeTrue();
        var done = await harness.WaitForFinishAsync(run.Id);

        running.State.ShouldBe(RunState.Running);
        running.Progress.ShouldBeGreaterThan(0);
        running.Progress.ShouldBeLessThan(1);
        running.Eta.ShouldNotBeNull().ShouldBeGreaterThan(TimeSpan.Zero);
        done.State.ShouldBe(RunState.Cancelled);
        done.Error.ShouldBeNull();
        var partial = done.Result.ShouldBeOfType<LanczosRunResult>();
        partial.Status.ShouldBe(LanczosStatus.Cancelled);
        partial.Iterations.ShouldBeInRange(1, 999);
        harness.Runner.Events(run.Id).Count(e => e.Kind == RunEventKind.Step).ShouldBe(partial.Iterations);
        harness.Runner.Cancel(run.Id).ShouldBeFalse(); // already finished
    }

    [Fact]
    public async Task Cancel_RunningConvergenceStudy_EndsCancelledWithThePointsDone()
    {
        await using var harness = await RunnerHarness.StartAsync();
        var request = new ConvergenceStudyRequest
        {
            N = 200, Iterations = [50, 200], Spectra = [SpectrumKind.Custom], Runs = 1000,
            Variants = [Reorthogonalization.Full],
        };
        var run = harness.Runner.Submit(request);
        await harness.FirstEventAsync(run.Id, e => e.Progress is { Done: >= 1 });

        harness.Runner.Cancel(run.Id).ShouldBeTrue();
        var done = await harness.WaitForFinishAsync(run.Id);

        done.State.ShouldBe(RunState.Cancelled);
        done.Kind.ShouldBe("convergence-study");
        var partial = done.Result.ShouldBeOfType<ConvergenceStudyResult>();
        partial.Points.Length.ShouldBe(2); // m = 50 and m = 200 over the runs finished
        partial.Points[0].Counts.Length.ShouldBeInRange(1, 999);
    }

    [Fact]
    public async Task Cancel_QueuedRun_IsCancelledAtOnceWithoutRunning()
    {
        await using var harness = await RunnerHarness.StartAsync(new RunnerOptions { Workers = 1 });
        var busy = harness.Runner.Submit(RunnerHarness.LongLanczos());
        var waiting = harness.Runner.Submit(RunnerHarness.SmallLanczos());
        await harness.WaitForStateAsync(busy.Id, RunState.Running);

        harness.Runner.Cancel(waiting.Id).ShouldBeTrue();
        var cancelled = harness.Runner.Get(waiting.Id)!;

        cancelled.State.ShouldBe(RunState.Cancelled);
        cancelled.StartedAt.ShouldBeNull();
        cancelled.FinishedAt.ShouldNotBeNull();
        cancelled.Result.ShouldBeNull();
        harness.Runner.Events(waiting.Id).Select(e => e.State).ShouldBe([RunState.Queued, RunState.Cancelled]);
        harness.Runner.Cancel(waiting.Id).ShouldBeFalse();

        harness.Runner.Cancel(busy.Id).ShouldBeTrue();
        (await harness.WaitForFinishAsync(busy.Id)).State.ShouldBe(RunState.Cancelled);
        harness.Runner.Events(waiting.Id).Count.ShouldBe(2); // the worker skipped it
    }

    [Fact]
    public async Task StopAsync_WithARunningAndAQueuedRun_CancelsBothSayingTheServerStopped()
    {
        var harness = await RunnerHarness.StartAsync();
        var busy = harness.Runner.Submit(RunnerHarness.LongLanczos());
        var waiting = harness.Runner.Submit(RunnerHarness.SmallLanczos());
        await harness.FirstEventAsync(busy.Id, e => e.Kind == RunEventKind.Step);

        using (var timeout = new CancellationTokenSource(RunnerHarness.Cap))
            await harness.Runner.StopAsync(timeout.Token);

        var stopped = harness.Runner.Get(busy.Id)!;
        stopped.State.ShouldBe(RunState.Cancelled);
        stopped.Error.ShouldNotBeNull().ShouldContain("server stopped");
        stopped.Result.ShouldBeOfType<LanczosRunResult>().Status.ShouldBe(LanczosStatus.Cancelled);
        harness.Runner.Get(waiting.Id)!.State.ShouldBe(RunState.Cancelled);
        Should.Throw<InvalidOperationException>(() => harness.Runner.Submit(RunnerHarness.SmallLanczos()));
        harness.Runner.Dispose();
    }
}
