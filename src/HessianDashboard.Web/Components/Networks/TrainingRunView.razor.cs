using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Lab;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HessianDashboard.Web.Components.Networks;

/// <summary>
/// Watches one training run by polling its events at 2 Hz (<see cref="LabRenderThrottle"/>): the loss curves grow by
/// appending only new points; a page opened late replays them. Disposing stops watching, never the run.
/// </summary>
public sealed partial class TrainingRunView : IAsyncDisposable
{
    private RunInfo? _info;
    private TrainingFeed? _feed;
    private string? _missing;
    private ChartCard? _card;
    private ApexChartOptions _options = new();
    private IReadOnlyList<ChartSeries> _series = [];
    private LiveSeriesBuffer _buffer = new([]);
    private Reused<TrainingRunResult>? _result;
    private LabRenderThrottle? _throttle;
    private int _interval = 1;

    [Inject]
    private IRunRunner Runner { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Parameter, EditorRequired]
    public string RunId { get; set; } = "";

    protected override void OnInitialized()
    {
        _info = Runner.Get(RunId);
        (string? heldOut, _interval) = _info?.Request switch
        {
            TrainMlpRequest mlp => ("test loss", mlp.Options.ProgressInterval),
            TrainNanoGptRequest gpt => ("val loss", gpt.Options.ProgressInterval),
            _ => (null, 1),
        };
        if (_info is null || heldOut is null)
        {
            _missing = _info is null
                ? $"There is no run '{RunId}' on this server: it never existed, or newer finished runs have replaced it."
                : $"Run {RunId} is a {_info.Kind} run, not a training run.";
            return;
        }
        _feed = new TrainingFeed(["train loss", heldOut]);
        _series = [.. _feed.Curves.Select((name, i) => new ChartSeries(name, []) { Color = NetworkCharts.LossColors[i] })];
        _buffer = new LiveSeriesBuffer(_series);
        _options = NetworkCharts.Loss("optimizer step");
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender || _feed is null) return;
        _throttle = new LabRenderThrottle(InvokeAsync, TickAsync, DispatchExceptionAsync);
        _throttle.Start();
    }

    private async Task<bool> TickAsync()
    {
        IReadOnlyList<RunEvent> events;
        try { events = Runner.Events(RunId, _feed!.Cursor); }
        catch (KeyNotFoundException)
        {
            _missing = $"Run {RunId} is no longer on this server.";
            StateHasChanged();
            return false;
        }
        _info = Runner.Get(RunId) ?? _info;
        var points = _feed.Consume(events);
        for (int i = 0; i < points.Length; i++) _buffer.Add(i, points[i]);
        bool flushed = await _buffer.FlushAsync(_card?.Chart);
        if (_feed.Finished) _result ??= _info?.Result as Reused<TrainingRunResult>;
        StateHasChanged();
        return !(_feed.Finished && flushed);
    }

    private static string Plural(int n, string noun) => n == 1 ? noun : $"{n} {noun}s";

    private void Cancel()
    {
        if (Runner.Cancel(RunId)) Snackbar.Add("Cancelling: training stops after its current step and keeps the checkpoints written.", Severity.Info);
    }

    public async ValueTask DisposeAsync()
    {
        if (_throttle is not null) await _throttle.DisposeAsync();
    }
}
