using System.Globalization;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Web.Access;
using HessianDashboard.Web.Components.Compare;
using HessianDashboard.Web.Components.Report;
using HessianDashboard.Web.Components.Shared;
using HessianDashboard.Web.Interop;
using HessianDashboard.Web.Options;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using MudBlazor;

namespace HessianDashboard.Web.Components.Pages.Report;

/// <summary>
/// /report?runs=a,b,…: a review report of runs — chosen charts overlaid or per run, a title and markdown notes — with a
/// live preview that is also the print layout. The choices live in the address (<see cref="ReportQuery"/>), written back
/// debounced like the compare view; notes longer than <see cref="ReportViewState.MaxNotesInLink"/> characters only in the page
/// until the report is saved. A saved report (<see cref="ISavedReportStore"/>) is <c>/report?saved={id}</c> (see
/// <see cref="SavedReportLink"/>; saving is in ReportPage.Saving.cs).
/// </summary>
public sealed partial class ReportPage : IAsyncDisposable
{
    private static readonly (ReportCharts Chart, string Name)[] ChartChoices =
        [(ReportCharts.Spectra, "spectra"), (ReportCharts.Ladders, "ladders"), (ReportCharts.Densities, "densities"), (ReportCharts.Metrics, "metrics")];

    private ReportViewState _state = new();
    private ReportViewState? _written;
    private IReadOnlyList<string> _messages = [];
    private IReadOnlyList<ComparedRun> _runs = [];
    private IReadOnlyList<ReportSection> _sections = [];
    private string _notesHtml = "";
    private readonly DateTimeOffset _created = DateTimeOffset.Now;
    private DebouncedUrl? _url;
    private IJSObjectReference? _module;

    [Inject]
    private IRunRunner Runner { get; set; } = default!;

    /// <summary>Where the saved reports are (optional: without an <see cref="ISavedReportStore"/> the page offers no saving).</summary>
    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IOptions<DashboardOptions> Options { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The report's state now (for tests).</summary>
    internal ReportViewState State => _state;

    /// <summary>An example of notes, on three lines (a component parameter is not HTML: "&amp;#10;" would show as such).</summary>
    private const string NotesPlaceholder = "## Findings\n- λmax grows with training\n- …";

    private string Permalink => Navigation.ToAbsoluteUri(RelativeUri(_state)).AbsoluteUri;

    private string CompareLink => $"{CompareQuery.Path}?runs={string.Join(',', _state.Runs)}";

    private IReadOnlyList<RunInfo> Candidates => [.. Runner.List().Where(r => !_state.Runs.Contains(r.Id)).Take(50)];

    private string KeptWhere => _saved is not null && !Dirty
        ? string.Create(CultureInfo.InvariantCulture,
            $"Saved on the server: runs, charts, layout, title and the full notes ({_state.Notes.Length} characters); the link opens it from any browser.")
        : _state.NotesInLink
        ? string.Create(CultureInfo.InvariantCulture,
            $"The link keeps everything: runs, charts, layout, title and the notes ({_state.Notes.Length} of {ReportViewState.MaxNotesInLink} characters, base64url).")
        : string.Create(CultureInfo.InvariantCulture,
            $"The link keeps runs, charts, layout and title. The notes ({_state.Notes.Length} characters, over {ReportViewState.MaxNotesInLink}) are too long for it and live only in this page{(CanSave ? " until you save the report: save," : ":")} print or copy them before closing the tab.");

    protected override async Task OnInitializedAsync()
    {
        _reports = Services.GetService<ISavedReportStore>();
        _url = new DebouncedUrl(Navigation, InvokeAsync);
        Navigation.LocationChanged += OnLocationChanged;
        await OpenAsync(Navigation.Uri);
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        string location = e.Location;
        string path = Navigation.ToBaseRelativePath(location);
        if (!(path == ReportQuery.Path || path.StartsWith(ReportQuery.Path + "?", StringComparison.Ordinal))) return;
        if (SavedReportLink.SavedId(location) != _saved?.Id)
        {
            // Another saved report (or none): open it afresh.
            _ = InvokeAsync(async () =>
            {
                await OpenAsync(location);
                StateHasChanged();
            });
            return;
        }
        var (state, messages) = LinkState(location);
        // Our own write coming back; long notes are not in the link, so compare without them.
        if (Same(state, _state) || Same(state, _written)) return;
        // Notes too long for the link were never in it: a link without notes keeps them.
        if (state.Notes.Length == 0 && !_state.NotesInLink) state = state with { Notes = _state.Notes };
        _ = InvokeAsync(() =>
        {
            _messages = messages;
            Apply(state, reloadRuns: !state.Runs.SequenceEqual(_state.Runs));
            StateHasChanged();
        });
    }

    private static bool Same(ReportViewState fromLink, ReportViewState? shown) =>
        shown is not null && (fromLink.Equals(shown) || (!shown.NotesInLink && fromLink.Equals(shown with { Notes = "" })));

    private void Apply(ReportViewState state, bool reloadRuns)
    {
        bool sectionsChanged = reloadRuns || state.Charts != _state.Charts || state.Layout != _state.Layout || _sections.Count == 0;
        _state = state;
        if (reloadRuns) _runs = ComparedRun.Load(Runner, state.Runs);
        // Only what the charts depend on rebuilds them: typing notes or a title leaves the charts alone.
        if (sectionsChanged) _sections = ReportSections.Build(_runs, state);
        _notesHtml = NotesMarkdown.ToHtml(state.Notes);
    }

    private void Change(ReportViewState next)
    {
        Apply(next, reloadRuns: !next.Runs.SequenceEqual(_state.Runs));
        _written = next;
        _url?.Request(RelativeUri(next));
    }

    private void SetTitle(string? title) =>
        Change(_state with { Title = string.IsNullOrWhiteSpace(title) ? ReportViewState.DefaultTitle : title.Trim() });

    private void SetNotes(string? notes) => Change(_state with { Notes = notes ?? "" });

    private void SetChart(ReportCharts chart, bool shown) => Change(_state.With(chart, shown));

    private void SetLayout(ReportLayout layout) => Change(_state with { Layout = layout });

    private void AddRun(string id)
    {
        if (_state.Runs.Count < RunIds.Max && !_state.Runs.Contains(id)) Change(_state with { Runs = [.. _state.Runs, id] });
    }

    private void RemoveRun(string id) => Change(_state with { Runs = [.. _state.Runs.Where(r => r != id)] });

    private async Task PrintAsync()
    {
        try
        {
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/dashboard.js");
            await _module.InvokeVoidAsync("printPage");
        }
        catch (JSException e)
        {
            Snackbar.Add($"The browser did not open its print dialog ({e.Message}); use its menu (Ctrl+P).", Severity.Warning);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        _url?.Dispose();
        await _module.DisposeQuietlyAsync();
    }
}
