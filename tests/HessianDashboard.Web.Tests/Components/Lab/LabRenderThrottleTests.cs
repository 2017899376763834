using HessianDashboard.Web.Components.Lab;

namespace HessianDashboard.Web.Tests.Components.Lab;

/// <summary>The ≤ 5 Hz loop of the live views: ticks on the dispatcher until a tick says there is nothing more, or disposal.</summary>
public sealed class LabRenderThrottleTests
{
    private static Task Inline(Func<Task> work) => work();

    [Fact]
    public async Task Start_TickReturnsFalseOnTheThirdCall_StopsAfterThreeTicks()
    {
        int ticks = 0;
        var done = new TaskCompletionSource();
        await using var throttle = new LabRenderThrottle(Inline, () =>
        {
            if (++ticks == 3) done.SetResult();
            return Task.FromResult(ticks < 3);
        }, _ => Task.CompletedTask, TimeSpan.FromMilliseconds(1));

        throttle.Start();
        await done.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        while (throttle.IsRunning) await Task.Delay(1, TestContext.Current.CancellationToken);

        ticks.ShouldBe(3);
        throttle.Interval.ShouldBe(TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task DisposeAsync_WhileRunning_StopsTheLoopWithoutAnotherTick()
    {
        int ticks = 0;
        var first = new TaskCompletionSource();
        var throttle = new LabRenderThrottle(Inline, () =>
        {
            ticks++;
            first.TrySetResult();
            return Task.FromResult(true);
        }, _ => Task.CompletedTask);
        throttle.Start();
        await first.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        await throttle.DisposeAsync();
        int after = ticks;
        await Task.Delay(3 * LabRenderThrottle.DefaultInterval, TestContext.Current.CancellationToken);

        throttle.IsRunning.ShouldBeFalse();
        ticks.ShouldBe(after);
    }

    [Fact]
    public async Task Start_TickThrows_HandsTheErrorToTheComponent()
    {
        Exception? reported = null;
        var failed = new TaskCompletionSource();
        await using var throttle = new LabRenderThrottle(Inline, () => throw new InvalidOperationException("boom"),
            e => { reported = e; failed.SetResult(); return Task.CompletedTask; });

        throttle.Start();
        await failed.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        reported.ShouldBeOfType<InvalidOperationException>().Message.ShouldBe("boom");
    }
}
