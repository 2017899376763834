namespace HessianDashboard.Web.Components.Shared;

/// <summary>
/// Turns a burst of "something changed" signals into at most one render per <see cref="Interval"/>
/// (<see cref="DefaultInterval"/> = 200 ms, i.e. ≤ 5 renders a second), for components fed by fast events such
/// as <c>IRunRunner.RunChanged</c> or a run's step stream.
/// <list type="bullet">
/// <item>The first <see cref="Request"/> after a quiet interval renders at once (leading edge).</item>
/// <item>Requests within the interval are coalesced into one render when it ends (trailing edge), so the
/// latest state is always rendered: a request made during a render schedules another.</item>
/// <item>Renders never overlap, and none starts after <see cref="Dispose"/>.</item>
/// </list>
/// <see cref="Request"/> is cheap and thread-safe; call it from any thread. The leading-edge render starts on
/// the caller's thread, later ones on a timer's. In a component pass <c>() =&gt; InvokeAsync(StateHasChanged)</c>.
/// </summary>
/// <example>
/// <code>
/// _throttle = new RenderThrottle(() =&gt; InvokeAsync(StateHasChanged), onError: ex =&gt; _ = DispatchExceptionAsync(ex));
/// Runner.RunChanged += _ =&gt; _throttle.Request();
/// </code>
/// </example>
public sealed class RenderThrottle : IDisposable
{
    /// <summary>200 ms: at most five renders a second.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(200);

    private readonly Func<Task> _render;
    private readonly Action<Exception>? _onError;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private long? _lastRenderAt; // timestamp of the last render's start
    private bool _scheduled; // a render is waiting for its time
    private bool _rendering; // a render is running
    private bool _dirty; // a request arrived while rendering
    private bool _disposed;

    /// <summary>A throttle calling <paramref name="render"/>.</summary>
    /// <param name="render">Renders the current state (it should read the state when called, not capture it earlier).</param>
    /// <param name="interval">Least time between the starts of two renders; <see cref="DefaultInterval"/> when null.</param>
    /// <param name="onError">Receives exceptions thrown by <paramref name="render"/> (other than <see cref="ObjectDisposedException"/>,
    /// which means the component is gone and is ignored); in a component, pass <c>DispatchExceptionAsync</c>. Without it they
    /// are dropped. It must not throw.</param>
    /// <param name="time">The clock; <see cref="TimeProvider.System"/> when null.</param>
    public RenderThrottle(Func<Task> render, TimeSpan? interval = null, Action<Exception>? onError = null, TimeProvider? time = null)
    {
        _render = render ?? throw new ArgumentNullException(nameof(render));
        Interval = interval ?? DefaultInterval;
        if (Interval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(interval), interval, "The interval must be positive.");
        _onError = onError;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Least time between the starts of two renders.</summary>
    public TimeSpan Interval { get; }

    /// <summary>Asks for a render: now if none started within <see cref="Interval"/>, else once the interval ends.</summary>
    public void Request()
    {
        TimeSpan delay;
        lock (_gate)
        {
            if (_disposed || _scheduled) return;
            if (_rendering)
            {
                _dirty = true; // the running render may have read the state already: render again after it
                return;
            }
            _scheduled = true;
            delay = DelayLocked();
        }
        _ = RenderLoopAsync(delay);
    }

    /// <summary>Stops rendering: a scheduled render is dropped and later requests are ignored (a running render finishes).</summary>
    public void Dispose()
    {
        lock (_gate) _disposed = true;
    }

    private async Task RenderLoopAsync(TimeSpan delay)
    {
        while (true)
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, _time).ConfigureAwait(false);
            lock (_gate)
            {
                if (_disposed) return;
                (_scheduled, _rendering, _lastRenderAt) = (false, true, _time.GetTimestamp());
            }
            await RenderOnceAsync().ConfigureAwait(false);
            lock (_gate)
            {
                _rendering = false;
                if (_disposed || !_dirty) return;
                (_dirty, _scheduled) = (false, true);
                delay = DelayLocked();
            }
        }
    }

    private async Task RenderOnceAsync()
    {
        try
        {
            await _render().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // the component (or its renderer) went away between the request and the render
        }
#pragma warning disable CA1031 // runs on a timer continuation, where a throw would go unobserved: hand it to the owner
        catch (Exception ex)
        {
            _onError?.Invoke(ex);
        }
#pragma warning restore CA1031
    }

    private TimeSpan DelayLocked()
    {
        if (_lastRenderAt is not { } last) return TimeSpan.Zero;
        var since = _time.GetElapsedTime(last);
        return since >= Interval ? TimeSpan.Zero : Interval - since;
    }
}
