using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Runs;
using HessianDashboard.Web.Components.Shared;
using HessianDashboard.Web.Options;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace HessianDashboard.Web.Components.Pages;

/// <summary>
/// One run in full (<c>/runs/{id}</c>): header with lineage and actions, request, manifest, tags and notes, event summary
/// and its tables as CSV. Read through the runner (memory for this server's runs, the store for older ones); while the
/// run is live it follows <see cref="IRunRunner.RunChanged"/> at most twice a second.
/// </summary>
public sealed partial class RunDetailPage : IDisposable
{
    private RunInfo? _run;
    private IReadOnlyList<RunEvent> _events = [];
    private RunEventSummary _summary = RunEventSummary.Of([]);
    private IReadOnlyList<RunCsvTable> _tables = [];
    private List<BreadcrumbItem> _crumbs = [];
    private RenderThrottle? _throttle;

    /// <summary>The run shown, from the route.</summary>
    [Parameter]
    public string RunId { get; set; } = "";

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private IOptions<DashboardOptions> Options { get; set; } = default!;

    protected override void OnParametersSet()
    {
        _crumbs = [new("Runs", RunRoutes.History), new(RunId, null, disabled: true)];
        Reload();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender) return;
        _throttle = new RenderThrottle(() => InvokeAsync(() => { Reload(); StateHasChanged(); }), RunsPage.RefreshInterval,
            ex => _ = DispatchExceptionAsync(ex), Time);
        Runner.RunChanged += OnRunChanged;
    }

    private void OnRunChanged(RunInfo run)
    {
        if (run.Id == RunId) _throttle?.Request();
    }

    /// <summary>Reads the run and its events again (new events only, when the run is the same).</summary>
    private void Reload()
    {
        _run = string.IsNullOrEmpty(RunId) ? null : Runner.Get(RunId);
        if (_run is null)
        {
            (_events, _summary, _tables) = ([], RunEventSummary.Of([]), []);
            return;
        }
        try
        {
            bool sameRun = _events.Count > 0 && _events[0].RunId == _run.Id;
            var fresh = Runner.Events(_run.Id, sameRun ? _events.Count : 0);
            if (sameRun && fresh.Count == 0 && _tables.Count > 0) return;
            _events = sameRun ? [.. _events, .. fresh] : fresh;
        }
        catch (KeyNotFoundException)
        {
            _events = []; // deleted meanwhile
        }
        _summary = RunEventSummary.Of(_events);
        _tables = RunCsvTables.Of(_run.Id, _run.Kind, _events);
    }

    private void RerunAsync()
    {
        if (_run is not null) Rerun(_run);
    }

    private async Task DeleteRunAsync()
    {
        if (_run is null) return;
        if ((await DeleteAsync([_run])).Count > 0) Navigation.NavigateTo(RunRoutes.History);
    }

    public void Dispose()
    {
        Runner.RunChanged -= OnRunChanged;
        _throttle?.Dispose();
    }
}
