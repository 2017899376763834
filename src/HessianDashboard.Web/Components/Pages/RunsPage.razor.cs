using System.Globalization;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Web.Components.Runs;
using HessianDashboard.Web.Components.Shared;
using HessianDashboard.Web.Options;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace HessianDashboard.Web.Components.Pages;

/// <summary>
/// The run history: one page of the run store per view (<see cref="IRunStore.QueryAsync"/>: filters, sort and paging in
/// the database), the view kept in the URL query (<see cref="RunsViewQuery"/>) and read back from it. Live: rows of runs
/// this server is computing show their newest snapshot (<see cref="IRunRunner.RunChanged"/>, a 1 s tick while any row is
/// live), and a change of state re-queries the page; both at most twice a second (<see cref="RenderThrottle"/>). Leaving
/// the page unsubscribes and cancels nothing.
/// </summary>
public sealed partial class RunsPage : IDisposable
{
    /// <summary>At most two refreshes a second.</summary>
    internal static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(500);

    private static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(1);

    // The store writes a run within ~250 ms of a change: a change just seen is re-queried on the next ticks too.
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(2);

    private readonly int[] _pageSizes = [.. RunsView.PageSizes];
    private readonly RunSelection _selection = new();
    private readonly Dictionary<string, RunInfo> _live = new(StringComparer.Ordinal);
    private RunsView _view = RunsView.Default;
    private IReadOnlyList<string> _urlMessages = [];
    private IReadOnlyList<TagCount> _tags = [];
    private IReadOnlyList<RunInfo> _rows = [];
    private string? _queryError;
    private MudTable<RunInfo>? _table;
    private RenderThrottle? _throttle;
    private ITimer? _ticker;
    private volatile bool _reload;
    private int? _pendingPage; // the page a new view starts on, until the table itself reports one
    private long _lastChangeAt;

    [Inject]
    private IRunStore Store { get; set; } = default!;

    [Inject]
    private RunJobCatalog Catalog { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private IOptions<DashboardOptions> Options { get; set; } = default!;

    private IReadOnlyCollection<string> PageIds => [.. _rows.Select(r => r.Id)];

    protected override async Task OnInitializedAsync()
    {
        _view = RunsViewQuery.Parse(Navigation.Uri, Catalog.Kinds, out _urlMessages);
        Navigation.LocationChanged += OnLocationChanged;
        await LoadTagsAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // Interactive renders only: prerendering never subscribes.
        if (!firstRender) return;
        _throttle = new RenderThrottle(RefreshAsync, RefreshInterval, ex => _ = DispatchExceptionAsync(ex), Time);
        Runner.RunChanged += OnRunChanged;
        // Runs submitted just before the subscription may reach the store only now: settle as after a change.
        Interlocked.Exchange(ref _lastChangeAt, Time.GetTimestamp());
        _ticker = Time.CreateTimer(_ => Tick(), null, TickInterval, TickInterval);
    }

    /// <summary>The table's data: the view's page from the store, the sort and page taken from the table.</summary>
    private async Task<TableData<RunInfo>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var sort = Enum.TryParse<RunSortField>(state.SortLabel, ignoreCase: true, out var field) ? field : _view.Sort;
        bool descending = state.SortDirection == SortDirection.None ? _view.Descending : state.SortDirection == SortDirection.Descending;
        int size = RunsView.PageSizes.Contains(state.PageSize) ? state.PageSize : _view.PageSize;
        // A new view (filters, the address) starts on its own page; a new sort or page size on the first.
        int page = _pendingPage ?? (sort != _view.Sort || descending != _view.Descending || size != _view.PageSize ? 0 : Math.Max(0, state.Page));
        _pendingPage = null;
        _view = _view with { Sort = sort, Descending = descending, PageSize = size, Page = page };
        WriteUrl();
        try
        {
            var result = await Store.QueryAsync(_view.ToQuery(Time.LocalTimeZone), cancellationToken);
            if (result.Items.Count == 0 && result.Total > 0 && page > 0)
            {
                // Past the last page (runs were deleted, or the URL named one): show the last page instead.
                _view = _view with { Page = (result.Total - 1) / size };
                WriteUrl();
                result = await Store.QueryAsync(_view.ToQuery(Time.LocalTimeZone), cancellationToken);
            }
            _queryError = null;
            _rows = result.Items;
            RefreshLive();
            return new TableData<RunInfo> { Items = result.Items, TotalItems = result.Total };
        }
        catch (ArgumentException e)
        {
            _queryError = $"The filters do not make a query: {e.Message}";
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // a newer request replaced this one
        }
        _rows = [];
        return new TableData<RunInfo> { Items = [], TotalItems = 0 };
    }

    /// <summary>A row's newest snapshot: the runner's, while this server computes it.</summary>
    private RunInfo Live(RunInfo stored) => _live.GetValueOrDefault(stored.Id) ?? stored;

    private void RefreshLive()
    {
        lock (_live)
        {
            _live.Clear();
            foreach (var row in _rows.Where(r => !r.State.IsTerminal()))
                if (Runner.Get(row.Id) is { } live) _live[row.Id] = live;
        }
    }

    private async Task SetViewAsync(RunsView view)
    {
        (_view, _pendingPage) = (view, view.Page);
        WriteUrl();
        await ReloadAsync();
    }

    private void WriteUrl()
    {
        string target = _view.ToRelativeUri();
        if (Navigation.ToAbsoluteUri(target).AbsoluteUri != Navigation.Uri) Navigation.NavigateTo(target, replace: true);
    }

    private void OnLocationChanged(object? sender, Microsoft.AspNetCore.Components.Routing.LocationChangedEventArgs e)
    {
        // Back/forward or a link to another view of this page: adopt the address's view.
        var view = RunsViewQuery.Parse(e.Location, Catalog.Kinds, out var messages);
        if (view.ToRelativeUri() == _view.ToRelativeUri()) return;
        (_view, _urlMessages, _pendingPage) = (view, messages, view.Page);
        _ = InvokeAsync(ReloadAsync);
    }

    private async Task ReloadAsync()
    {
        if (_table is null) return;
        await _table.ReloadServerData();
    }

    private async Task OnImportedAsync(string id)
    {
        await LoadTagsAsync();
        await ReloadAsync();
    }

    private async Task LoadTagsAsync()
    {
        try
        {
            _tags = await Store.TagsAsync();
        }
        catch (InvalidOperationException)
        {
            _tags = []; // suggestions are a convenience: a store that cannot answer leaves them out
        }
    }

    private void OnRunChanged(RunInfo run)
    {
        Interlocked.Exchange(ref _lastChangeAt, Time.GetTimestamp());
        bool shown;
        lock (_live)
        {
            shown = _live.TryGetValue(run.Id, out var before) || _rows.Any(r => r.Id == run.Id);
            if (shown && (before is null || before.State == run.State)) _live[run.Id] = run;
            else _reload = true; // a new run, or a change of state: its place in the filtered, sorted list may change
        }
        _throttle?.Request();
    }

    private void Tick()
    {
        bool live;
        lock (_live) live = _live.Values.Any(r => !r.State.IsTerminal());
        bool settling = Time.GetElapsedTime(Interlocked.Read(ref _lastChangeAt)) < SettleTime;
        if (!live && !settling) return;
        if (settling) _reload = true;
        else
        {
            lock (_live)
                foreach (var id in _live.Keys.ToList())
                    if (Runner.Get(id) is { } snapshot) _live[id] = snapshot; // elapsed time and ETA move between notices
        }
        _throttle?.Request();
    }

    private Task RefreshAsync() => InvokeAsync(async () =>
    {
        if (_reload)
        {
            _reload = false;
            await ReloadAsync();
        }
        else StateHasChanged();
    });

    private void Select(string id, bool selected) => _selection.Set(id, selected);

    private void SelectPage(bool? selected) => _selection.SetAll(PageIds, selected == true);

    private void ClearSelection() => _selection.Clear();

    private SortDirection Initial(RunSortField field) =>
        _view.Sort != field ? SortDirection.None : _view.Descending ? SortDirection.Descending : SortDirection.Ascending;

    private void CancelRun(RunInfo run)
    {
        Cancel(run);
        _throttle?.Request();
    }

    private void RerunRow(RunInfo run)
    {
        if (base.Rerun(run) is not null) _reload = true;
        _throttle?.Request();
    }

    private Task ExportSelectedAsync() => ExportAsync(_selection.Ids);

    private async Task TagSelectedAsync()
    {
        var dialog = await Dialogs.ShowAsync<TagRunsDialog>("Tag runs", new DialogParameters<TagRunsDialog>
        {
            { d => d.Count, _selection.Count },
            { d => d.Suggestions, [.. _tags.Select(t => t.Tag)] },
        });
        if (await dialog.Result is not { Canceled: false, Data: TagEdit edit }) return;
        int changed = 0;
        foreach (var id in _selection.Ids)
        {
            if (Runner.Get(id) is not { } run) continue;
            var tags = edit.Apply(run.Tags);
            if (tags.SequenceEqual(run.Tags)) continue;
            if (await Runner.AnnotateAsync(id, tags, null)) changed++;
        }
        Snackbar.Add(string.Create(CultureInfo.InvariantCulture,
            $"{(edit.Add ? "Tagged" : "Untagged")} {changed} run{(changed == 1 ? "" : "s")} {(edit.Add ? "with" : "from")} '{edit.Tag}'."), Severity.Success);
        await LoadTagsAsync();
        await ReloadAsync();
    }

    private async Task DeleteSelectedAsync()
    {
        var runs = _selection.Ids.Select(id => _rows.FirstOrDefault(r => r.Id == id) ?? Runner.Get(id)).OfType<RunInfo>().ToList();
        var deleted = await DeleteAsync(runs);
        foreach (var id in deleted) _selection.Set(id, false);
        if (deleted.Count > 0) await ReloadAsync();
    }

    private MarkupString Local(DateTimeOffset at) =>
        new(System.Net.WebUtility.HtmlEncode(RunTimes.Local(at, Time.LocalTimeZone)).Replace(" ", "<br />", StringComparison.Ordinal));

    private static string Utc(DateTimeOffset at) => RunTimes.Utc(at);

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        Runner.RunChanged -= OnRunChanged;
        _ticker?.Dispose();
        _throttle?.Dispose();
    }
}
