using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Compare;
using HessianDashboard.Web.Components.Lab;
using HessianDashboard.Web.Components.Shared;
using HessianDashboard.Web.Options;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Web.Components.Pages.Compare;

/// <summary>
/// /compare?runs=a,b,…: the runs' spectra, ladders and densities overlaid, and their metrics. The view lives in the
/// address (<see cref="CompareQuery"/>): every change is written back with a debounced replace (never a reload), and an
/// address reached otherwise (back, a pasted link on the same page) is read again. While any run is queued or running
/// the page follows it (<see cref="LabRenderThrottle"/> at 1 Hz, <see cref="ComparedRunUpdates"/>): changed runs are read
/// again and the charts redrawn at the view's zoom, until every run ended. Leaving the page stops following, never a run.
/// </summary>
public sealed partial class ComparePage : IAsyncDisposable
{
    /// <summary>How often live runs are polled: once a second.</summary>
    internal static readonly TimeSpan LiveInterval = TimeSpan.FromSeconds(1);

    private CompareViewState _state = new();
    private CompareViewState? _written;
    private IReadOnlyList<string> _messages = [];
    private IReadOnlyList<ComparedRun> _runs = [];
    private IReadOnlyList<CompareEntry> _entries = [];
    private CompareChart? _chart;
    private int _generation;
    private DebouncedUrl? _url;
    private LabRenderThrottle? _live;

    [Inject]
    private IRunRunner Runner { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IOptions<DashboardOptions> Options { get; set; } = default!;

    /// <summary>The view's state now (for tests).</summary>
    internal CompareViewState State => _state;

    /// <summary>The runs as loaded (for tests).</summary>
    internal IReadOnlyList<ComparedRun> Runs => _runs;

    /// <summary>Whether the page polls its live runs now (for tests).</summary>
    internal bool Following => _live?.IsRunning ?? false;

    private int LiveCount => ComparedRunUpdates.LiveCount(_runs);

    private string Permalink => Navigation.ToAbsoluteUri(CompareQuery.Uri(_state)).AbsoluteUri;

    private string ReportLink => $"report?runs={string.Join(',', _state.Runs)}";

    private IReadOnlyList<RunInfo> Candidates => [.. Runner.List().Where(r => !_state.Runs.Contains(r.Id)).Take(50)];

    protected override void OnInitialized()
    {
        _url = new DebouncedUrl(Navigation, InvokeAsync);
        Navigation.LocationChanged += OnLocationChanged;
        var (state, messages) = CompareQuery.Parse(Navigation.Uri);
        Apply(state, messages, reloadRuns: true);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // After every render, so runs added later (picker, link, Refresh) are followed too; Start does nothing while it runs.
        if (LiveCount == 0) return;
        _live ??= new LabRenderThrottle(InvokeAsync, FollowAsync, DispatchExceptionAsync, LiveInterval);
        _live.Start();
    }

    /// <summary>
    /// One poll: reads the runs that changed and redraws the chart (at the view's zoom) only when what it draws changed;
    /// false once no run is live.
    /// </summary>
    private Task<bool> FollowAsync()
    {
        var next = ComparedRunUpdates.Update(Runner, _runs);
        if (!ReferenceEquals(next, _runs))
        {
            _runs = next;
            _entries = CompareEntry.All(_runs, _state);
            var chart = CompareChart.Build(_state.Tab, _entries, _state);
            if (chart is null ? _chart is not null : !chart.DrawsSame(_chart))
            {
                _chart = chart;
                _generation++;
            }
            StateHasChanged();
        }
        return Task.FromResult(LiveCount > 0);
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        string path = Navigation.ToBaseRelativePath(e.Location);
        if (!(path == CompareQuery.Path || path.StartsWith(CompareQuery.Path + "?", StringComparison.Ordinal))) return;
        var (state, messages) = CompareQuery.Parse(e.Location);
        if (state.Equals(_state) || state.Equals(_written)) return; // our own write coming back
        _ = InvokeAsync(() =>
        {
            Apply(state, messages, reloadRuns: !state.Runs.SequenceEqual(_state.Runs));
            StateHasChanged();
        });
    }

    private void Apply(CompareViewState state, IReadOnlyList<string> messages, bool reloadRuns)
    {
        _messages = messages;
        _state = state;
        if (reloadRuns) _runs = ComparedRun.Load(Runner, state.Runs);
        Redraw();
    }

    /// <summary>Rebuilds the active chart from the state; a new generation re-creates it at the state's zoom.</summary>
    private void Redraw()
    {
        _entries = CompareEntry.All(_runs, _state);
        _chart = CompareChart.Build(_state.Tab, _entries, _state);
        _generation++;
    }

    /// <summary>A change made in the page: shown at once, written to the address shortly after.</summary>
    private void Change(CompareViewState next, bool reloadRuns = false, bool redraw = true)
    {
        // MudTabs reports its active panel again on every render; a report of what is shown changes nothing.
        if (next.Equals(_state) && !reloadRuns) return;
        bool runsChanged = !next.Runs.SequenceEqual(_state.Runs);
        _state = next;
        if (reloadRuns || runsChanged) _runs = ComparedRun.Load(Runner, next.Runs);
        if (redraw) Redraw();
        _written = next;
        _url?.Request(CompareQuery.Uri(next));
    }

    private void SelectTab(int index) => Change(_state.WithTab(Enum.IsDefined((CompareTab)index) ? (CompareTab)index : CompareTab.Spectra));

    private void AddRun(string id)
    {
        if (_state.Runs.Count < RunIds.Max && !_state.Runs.Contains(id)) Change(_state with { Runs = [.. _state.Runs, id] });
    }

    private void RemoveRun(string id) => Change(_state.Without(id));

    private void Refresh() => Change(_state, reloadRuns: true);

    // The chart already shows this zoom: only the address changes (with ends rounded to 5 digits of the width).
    private void Zoomed(AxisRange? range) => Change(_state with { X = range?.Rounded() }, redraw: false);

    private void ClearZoom(bool y) => Change(y ? _state with { Y = null } : _state with { X = null });

    private void SetY(AxisRange? range) => Change(_state with { Y = range });

    private void SetSigma(double sigma) => Change(_state with { Sigma = sigma });

    private void SetLogY(bool log) => Change(_state with { LogY = log, Y = null });

    private void Toggle((SpectrumKey Key, bool Shown) change) => Change(_state.Toggle(change.Key, change.Shown));

    public async ValueTask DisposeAsync()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        _url?.Dispose();
        if (_live is not null) await _live.DisposeAsync();
    }
}
