using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Web.Components.Lab;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HessianDashboard.Web.Components.Shared;

/// <summary>
/// What every live run view shares: it finds the run and its request (or says why it cannot), polls the run's new
/// events at ≤ 2 Hz through <see cref="LabRenderThrottle"/>, follows the stage of the latest Progress event, hands
/// the events to the view's feeds and charts, collects the reuses the run announced (<see cref="Reuses"/>), picks up the result once the terminal event is read, and cancels on
/// request. Disposing stops watching, never the run. A subclass supplies the feed (<see cref="Cursor"/>,
/// <see cref="Finished"/>, <see cref="ConsumeAsync"/>) and reads <see cref="Result"/>.
/// </summary>
/// <typeparam name="TRequest">The request type the view shows; a run of another kind is refused with a message.</typeparam>
public abstract class LiveRunView<TRequest> : ComponentBase, IAsyncDisposable where TRequest : class
{
    private LabRenderThrottle? _throttle;

    [Inject]
    protected IRunRunner Runner { get; set; } = default!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    [Parameter, EditorRequired]
    public string RunId { get; set; } = "";

    /// <summary>The run's latest snapshot (null when it does not exist).</summary>
    protected RunInfo? Info { get; private set; }

    /// <summary>The run's request once found.</summary>
    protected TRequest? Request { get; private set; }

    /// <summary>Why the run cannot be shown (unknown, evicted, another kind), or null.</summary>
    protected string? Missing { get; private set; }

    /// <summary>The latest Progress event's stage while the run goes on; null once it ended.</summary>
    protected string? Stage { get; private set; }

    /// <summary>What the run said it reuses instead of computing (training, exact spectra), in the order announced; shown by <see cref="LiveRunHeader"/>.</summary>
    protected IReadOnlyList<ReuseNotice> Reuses => _reuses;

    private readonly List<ReuseNotice> _reuses = [];

    /// <summary>The run's result once the terminal event was read (null before, or when the run failed early).</summary>
    protected object? Result { get; private set; }

    /// <summary>What the view shows, for the "run X is a … run, not …" message (e.g. "a network spectrum").</summary>
    protected abstract string Describes { get; }

    /// <summary>The snackbar text after a successful cancel: what stops when, and what is kept.</summary>
    protected abstract string CancelMessage { get; }

    /// <summary>The sequence number of the next event to read.</summary>
    protected abstract long Cursor { get; }

    /// <summary>True once the feed has read the terminal event.</summary>
    protected abstract bool Finished { get; }

    /// <summary>Narrows <typeparamref name="TRequest"/> further (e.g. to the two training requests); true by default.</summary>
    protected virtual bool Accepts(TRequest request) => true;

    /// <summary>Sets up feeds and chart series for <paramref name="request"/> (called once).</summary>
    protected abstract void Start(TRequest request);

    /// <summary>Feeds new events to the charts; returns true when everything buffered reached the browser.</summary>
    protected abstract Task<bool> ConsumeAsync(IReadOnlyList<RunEvent> events);

    protected override void OnInitialized()
    {
        Info = Runner.Get(RunId);
        if (Info?.Request is not TRequest request || !Accepts(request))
        {
            Missing = Info is null
                ? $"There is no run '{RunId}' on this server: it never existed, or newer finished runs have replaced it."
                : $"Run {RunId} is a {Info.Kind} run, not {Describes} run.";
            return;
        }
        Request = request;
        Start(request);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender || Request is null) return;
        _throttle = new LabRenderThrottle(InvokeAsync, TickAsync, DispatchExceptionAsync);
        _throttle.Start();
    }

    private async Task<bool> TickAsync()
    {
        IReadOnlyList<RunEvent> events;
        try { events = Runner.Events(RunId, Cursor); }
        catch (KeyNotFoundException)
        {
            Missing = $"Run {RunId} is no longer on this server.";
            StateHasChanged();
            return false;
        }
        Info = Runner.Get(RunId) ?? Info;
        if (events.LastOrDefault(e => e is { Kind: RunEventKind.Progress, Progress: not null }) is { } latest) Stage = latest.Progress!.Stage;
        foreach (var e in events)
            if (e is { Kind: RunEventKind.Progress, Progress: { } p } && ReuseNotice.Parse(p.Stage) is { } notice && !_reuses.Contains(notice)) _reuses.Add(notice);
        bool flushed = await ConsumeAsync(events);
        if (Finished)
        {
            Result ??= Info?.Result;
            Stage = null;
        }
        StateHasChanged();
        return !(Finished && flushed);
    }

    /// <summary>Asks the runner to cancel; the run keeps what it computed.</summary>
    protected void Cancel()
    {
        if (Runner.Cancel(RunId)) Snackbar.Add(CancelMessage, Severity.Info);
    }

    public async ValueTask DisposeAsync()
    {
        if (_throttle is not null) await _throttle.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
