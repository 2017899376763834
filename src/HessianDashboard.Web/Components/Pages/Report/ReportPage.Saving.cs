using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Web.Components.Compare;
using HessianDashboard.Web.Components.Report;
using HessianDashboard.Web.Components.Runs;
using MudBlazor;

namespace HessianDashboard.Web.Components.Pages.Report;

/// <summary>
/// The report page's saving: open <c>/report?saved={id}</c> (the saved view, or the link's own view when it carries
/// unsaved changes), save or save as new, and the "saved at … by …" line. Nothing here throws at the user: a missing
/// report, a refused save or a store that cannot be reached is a message.
/// </summary>
public sealed partial class ReportPage
{
    private ISavedReportStore? _reports;
    private SavedReport? _saved;
    private ReportViewState? _savedState;
    private bool _saving;

    /// <summary>The saved report the page shows, or null (for tests).</summary>
    internal SavedReport? Saved => _saved;

    /// <summary>Whether the report differs from its saved version (or, never saved, from an empty report).</summary>
    internal bool Dirty => !_state.Equals(_savedState ?? new ReportViewState());

    private bool CanSave => _reports is not null;

    private string? SavedLine => _saved is { } saved
        ? $"Saved {RunTimes.Local(saved.UpdatedAt, Time.LocalTimeZone)} by {saved.Owner ?? "anonymous"}"
        : null;

    private string RelativeUri(ReportViewState state) =>
        _saved is null ? ReportQuery.Uri(state) : SavedReportLink.Uri(_saved.Id, state, edited: !state.Equals(_savedState));

    /// <summary>Shows the report <paramref name="uri"/> describes: a saved one (loaded from the store) or the link's own.</summary>
    private async Task OpenAsync(string uri)
    {
        var messages = new List<string>();
        _saved = null;
        _savedState = null;
        if (SavedReportLink.SavedId(uri) is { } id) await LoadAsync(id, messages);
        var (state, linkMessages) = LinkState(uri);
        messages.AddRange(linkMessages);
        Apply(state, reloadRuns: true);
        if (_saved is not null && _runs.Where(r => r.Missing is not null).Select(r => r.Id).ToList() is { Count: > 0 } gone)
        {
            messages.Add($"{(gone.Count == 1 ? "A run" : $"{gone.Count} runs")} of this saved report {(gone.Count == 1 ? "is" : "are")} no longer on this server " +
                $"(deleted since it was saved): {string.Join(", ", gone)}.");
        }
        _messages = messages;
    }

    private async Task LoadAsync(string id, List<string> messages)
    {
        if (_reports is null)
        {
            messages.Add("This server keeps no saved reports; the report starts empty.");
            return;
        }
        if (!SavedReportIds.IsValid(id))
        {
            messages.Add($"'{QueryValues.Shorten(id)}' is not a saved report id; the report starts empty.");
            return;
        }
        try
        {
            _saved = await _reports.GetAsync(id);
        }
        catch (Exception e) when (StoreFailure.Is(e))
        {
            messages.Add($"Saved report {id} could not be read ({e.Message}); try again later.");
            return;
        }
        if (_saved is null)
        {
            messages.Add($"There is no saved report {id}: it was deleted, or the link is wrong. The report starts empty.");
            return;
        }
        _savedState = SavedReportLink.State(_saved, messages);
    }

    /// <summary>
    /// The report a link describes with the saved report already loaded: the saved one for a bare <c>?saved=</c> link, else
    /// the link's view, keeping the saved notes when they are too long for a link and the link has none.
    /// </summary>
    private (ReportViewState State, IReadOnlyList<string> Messages) LinkState(string uri)
    {
        if (_savedState is not null && !SavedReportLink.HasView(uri)) return (_savedState, []);
        var (state, messages) = ReportQuery.Parse(uri);
        if (_savedState is { NotesInLink: false } saved && QueryValues.Parse(uri).Text("notes") is null) state = state with { Notes = saved.Notes };
        return (state, messages);
    }

    private async Task SaveAsync(bool asNew)
    {
        if (_reports is null || _saving) return;
        var draft = SavedReportLink.Draft(_state, asNew ? null : _saved?.Id);
        if (draft.Validate() is { Count: > 0 } errors)
        {
            Snackbar.Add(string.Join(" ", errors), Severity.Error);
            return;
        }
        _saving = true;
        SavedReportChange change;
        try
        {
            change = await _reports.SaveAsync(draft, User.Name);
        }
        catch (Exception e) when (StoreFailure.Is(e))
        {
            Snackbar.Add($"The report could not be saved ({e.Message}); it is still here, try again.", Severity.Error);
            return;
        }
        finally
        {
            _saving = false;
        }
        switch (change.Outcome)
        {
            case SavedReportOutcome.Done:
                ShowSaved(change.Report!, asNew);
                break;
            case SavedReportOutcome.NotOwner:
                Snackbar.Add($"This report belongs to {change.Report?.Owner}; only they can change it. Use \"Save as new\" to keep your version.", Severity.Warning);
                break;
            default:
                Snackbar.Add($"Saved report {draft.Id} was deleted meanwhile. Use \"Save as new\" to keep this report.", Severity.Warning);
                break;
        }
    }

    private void ShowSaved(SavedReport report, bool asNew)
    {
        _saved = report;
        _savedState = SavedReportLink.State(report, []);
        _written = _savedState;
        _messages = [];
        Snackbar.Add(asNew || report.CreatedAt == report.UpdatedAt ? $"Report saved as {report.Id}." : $"Report {report.Id} saved.", Severity.Success);
        // The address is the saved report's own now; writing it at once (no debounce) so a copied link is right.
        _url?.Cancel();
        Navigation.NavigateTo(RelativeUri(_state), new Microsoft.AspNetCore.Components.NavigationOptions { ReplaceHistoryEntry = true });
    }
}
