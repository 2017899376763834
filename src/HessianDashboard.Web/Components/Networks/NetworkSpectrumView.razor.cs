using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Networks.Jobs;
using HessianDashboard.Web.Components.Lab;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HessianDashboard.Web.Components.Networks;

/// <summary>
/// Watches one network spectrum run by polling its events at 2 Hz (<see cref="LabRenderThrottle"/>): the Lanczos
/// ladder grows by the new steps only (the lab's <see cref="LabRunFeed"/> and <see cref="LadderChart"/>), the stage
/// text follows the Progress events; the result shows once the terminal event is read.
/// </summary>
public sealed partial class NetworkSpectrumView : IAsyncDisposable
{
    private RunInfo? _info;
    private LabRunFeed? _feed;
    private LadderChart? _ladder;
    private string? _missing, _stage;
    private NetworkSpectrumResult? _result;
    private LabRenderThrottle? _throttle;

    [Inject]
    private IRunRunner Runner { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Parameter, EditorRequired]
    public string RunId { get; set; } = "";

    protected override void OnInitialized()
    {
        _info = Runner.Get(RunId);
        if (_info?.Request is not NetworkSpectrumRequest request)
        {
            _missing = _info is null
                ? $"There is no run '{RunId}' on this server: it never existed, or newer finished runs have replaced it."
                : $"Run {RunId} is a {_info.Kind} run, not a network spectrum.";
            return;
        }
        _feed = new LabRunFeed([NetworkSpectrumJobHandler.Series], request.Iterations);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender || _feed is null) return;
        _throttle = new LabRenderThrottle(InvokeAsync, TickAsync, DispatchExceptionAsync);
        _throttle.Start();
    }

    private async Task<bool> TickAsync()
    {
        var feed = _feed!;
        IReadOnlyList<RunEvent> events;
        try { events = Runner.Events(RunId, feed.Cursor); }
        catch (KeyNotFoundException)
        {
            _missing = $"Run {RunId} is no longer on this server.";
            StateHasChanged();
            return false;
        }
        _info = Runner.Get(RunId) ?? _info;
        if (events.LastOrDefault(e => e is { Kind: RunEventKind.Progress, Progress: not null }) is { } latest) _stage = latest.Progress!.Stage;
        var batch = feed.Consume(events);
        _ladder?.Add(batch.Ladders[0]);
        bool flushed = _ladder is null || await _ladder.FlushAsync();
        if (feed.Finished)
        {
            _result ??= _info?.Result as NetworkSpectrumResult;
            _stage = null;
        }
        StateHasChanged();
        return !(feed.Finished && flushed);
    }

    private void Cancel()
    {
        if (Runner.Cancel(RunId)) Snackbar.Add("Cancelling: Lanczos stops after its current step (the exact Hessian after its current rows) and keeps what it computed.", Severity.Info);
    }

    public async ValueTask DisposeAsync()
    {
        if (_throttle is not null) await _throttle.DisposeAsync();
    }
}
