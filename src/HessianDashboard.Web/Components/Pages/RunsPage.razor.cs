using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Shared;
using HessianDashboard.Web.Options;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace HessianDashboard.Web.Components.Pages;

/// <summary>
/// The live list of runs. Follows <see cref="IRunRunner.RunChanged"/> and re-reads the list at most five times a
/// second (<see cref="RenderThrottle"/>); while a run is running it also refreshes once a second so elapsed time
/// and ETA move between progress notices. Leaving the page unsubscribes and cancels nothing.
/// </summary>
public sealed partial class RunsPage : IDisposable
{
    private static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(1);

    private IReadOnlyList<RunInfo> _runs = [];
    private RenderThrottle? _throttle;
    private ITimer? _ticker;

    [Inject]
    private IRunRunner Runner { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private IOptions<DashboardOptions> Options { get; set; } = default!;

    protected override void OnInitialized() => _runs = Runner.List();

    protected override void OnAfterRender(bool firstRender)
    {
        // Interactive renders only: prerendering never subscribes.
        if (!firstRender) return;
        _throttle = new RenderThrottle(RefreshAsync, onError: ex => _ = DispatchExceptionAsync(ex), time: Time);
        Runner.RunChanged += OnRunChanged;
        _ticker = Time.CreateTimer(_ => Tick(), null, TickInterval, TickInterval);
        _throttle.Request(); // whatever changed between OnInitialized and the subscription
    }

    private void OnRunChanged(RunInfo run) => _throttle?.Request();

    private void Tick()
    {
        if (_runs.Any(r => r.State == RunState.Running)) _throttle?.Request();
    }

    private Task RefreshAsync() => InvokeAsync(() =>
    {
        _runs = Runner.List();
        StateHasChanged();
    });

    private void CancelRun(RunInfo run)
    {
        if (!Runner.Cancel(run.Id)) Snackbar.Add($"Run {run.Id} had already finished.", Severity.Info);
        _throttle?.Request();
    }

    public void Dispose()
    {
        Runner.RunChanged -= OnRunChanged;
        _ticker?.Dispose();
        _throttle?.Dispose();
    }
}
