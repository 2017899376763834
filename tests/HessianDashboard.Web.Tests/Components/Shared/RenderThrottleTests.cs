using HessianDashboard.Web.Components.Shared;
using Microsoft.Extensions.Time.Testing;

namespace HessianDashboard.Web.Tests.Components.Shared;

/// <summary><see cref="RenderThrottle"/> on a fake clock: renders are counted together with the state each one saw.</summary>
public sealed class RenderThrottleTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private readonly FakeTimeProvider _time = new();
    private readonly List<(TimeSpan At, int State)> _renders = [];
    private readonly DateTimeOffset _start;
    private int _state;

    public RenderThrottleTests() => _start = _time.GetUtcNow();

    private RenderThrottle Create(Func<Task>? render = null, Action<Exception>? onError = null) =>
        new(render ?? Record, Interval, onError, _time);

    private Task Record()
    {
        lock (_renders) _renders.Add((_time.GetUtcNow() - _start, Volatile.Read(ref _state)));
        return Task.CompletedTask;
    }

    private int Count
    {
        get { lock (_renders) return _renders.Count; }
    }

    // A delayed render resumes on whichever thread completes the fake timer; wait for it without sleeping blindly.
    private async Task WaitForRendersAsync(int count)
    {
        for (int i = 0; i < 500 && Count < count; i++) await Task.Delay(10, TestContext.Current.CancellationToken);
        Count.ShouldBe(count);
    }

    [Fact]
    public async Task Request_BurstOfHundred_RendersOnceAtOnceAndOnceMoreWithTheLatestState()
    {
        using var throttle = Create();

        for (int i = 1; i <= 100; i++)
        {
            _state = i;
            throttle.Request();
        }

        Count.ShouldBe(1); // leading edge, synchronously
        _time.Advance(Interval);
        await WaitForRendersAsync(2);
        _time.Advance(TimeSpan.FromSeconds(5));
        await Task.Delay(50, TestContext.Current.CancellationToken);
        _renders.ShouldBe([(TimeSpan.Zero, 1), (Interval, 100)]);
    }

    [Fact]
    public async Task Request_EveryTenMillisecondsForASecond_RendersAtMostFivePerSecondAndTheFinalState()
    {
        using var throttle = Create();

        for (int i = 1; i <= 100; i++)
        {
            _state = i;
            throttle.Request();
            _time.Advance(TimeSpan.FromMilliseconds(10));
            await WaitForRendersAsync(1 + i / 20); // the first, then one each time the clock reaches a multiple of 200 ms
        }
        _time.Advance(Interval);
        await WaitForRendersAsync(6);

        _renders.Select(r => r.At.TotalMilliseconds).ShouldBe([0, 200, 400, 600, 800, 1000]);
        _renders[^1].State.ShouldBe(100);
        for (int i = 1; i < _renders.Count; i++) (_renders[i].At - _renders[i - 1].At).ShouldBeGreaterThanOrEqualTo(Interval);
    }

    [Fact]
    public async Task Request_AfterAQuietInterval_RendersAtOnceAgain()
    {
        using var throttle = Create();
        throttle.Request();
        _time.Advance(TimeSpan.FromSeconds(1));

        _state = 7;
        throttle.Request();

        await WaitForRendersAsync(2);
        _renders[1].ShouldBe((TimeSpan.FromSeconds(1), 7));
    }

    [Fact]
    public async Task Request_DuringASlowRender_RendersAgainAfterItSoTheFinalStateIsShown()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var throttle = Create(async () =>
        {
            await Record();
            if (Count == 1) await gate.Task; // the first render hangs until released
        });
        throttle.Request();
        _time.Advance(Interval * 3);

        _state = 42;
        throttle.Request(); // arrives while the first render still runs
        Count.ShouldBe(1);
        gate.SetResult();

        await WaitForRendersAsync(2);
        _renders[1].State.ShouldBe(42);
    }

    [Fact]
    public async Task Dispose_WithARenderScheduled_DropsItAndIgnoresLaterRequests()
    {
        var throttle = Create();
        throttle.Request();
        throttle.Request(); // scheduled for t = 200 ms

        throttle.Dispose();
        _time.Advance(Interval);
        throttle.Request();
        await Task.Delay(50, TestContext.Current.CancellationToken);

        Count.ShouldBe(1);
    }

    [Fact]
    public void Request_RenderThrows_HandsTheErrorToOnErrorButIgnoresObjectDisposed()
    {
        var errors = new List<Exception>();
        var failure = new InvalidOperationException("boom");
        using var failing = Create(() => Task.FromException(failure), errors.Add);
        using var disposed = Create(() => throw new ObjectDisposedException("renderer"), errors.Add);

        failing.Request();
        disposed.Request();

        errors.ShouldBe([failure]);
    }

    [Fact]
    public void Constructor_NonPositiveInterval_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new RenderThrottle(() => Task.CompletedTask, TimeSpan.Zero));
}
