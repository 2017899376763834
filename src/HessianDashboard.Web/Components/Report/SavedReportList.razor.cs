using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Web.Access;
using HessianDashboard.Web.Components.Compare;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HessianDashboard.Web.Components.Report;

/// <summary>
/// The saved reports (<see cref="ISavedReportStore.ListAsync"/>), <see cref="PageSize"/> at a time with "More"; each opens
/// as <c>/report?saved={id}</c> and can be deleted after a confirmation (its owner, or anyone on a server without sign-in).
/// </summary>
public sealed partial class SavedReportList
{
    /// <summary>Reports listed per page.</summary>
    public const int PageSize = 20;

    private readonly List<SavedReportSummary> _items = [];
    private int _page;
    private bool _hasMore;
    private bool _loaded;
    private string? _problem;

    [Inject]
    private ISavedReportStore Reports { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync(0);

    private static string Href(SavedReportSummary report) => $"{ReportQuery.Path}?{SavedReportLink.Key}={report.Id}";

    private static int RunCount(SavedReportSummary report) => ReportQuery.Parse(report.View).State.Runs.Count;

    private Task MoreAsync() => LoadAsync(_page + 1);

    private async Task LoadAsync(int page)
    {
        try
        {
            var result = await Reports.ListAsync(page, PageSize);
            if (page == 0) _items.Clear();
            _items.AddRange(result.Items.Where(r => _items.All(i => i.Id != r.Id))); // a report saved meanwhile shifts the pages
            (_page, _hasMore, _problem) = (page, result.HasMore, null);
        }
        catch (Exception e) when (StoreFailure.Is(e))
        {
            _problem = $"The saved reports could not be listed ({e.Message}).";
        }
        _loaded = true;
    }

    private async Task DeleteAsync(SavedReportSummary report)
    {
        bool? yes = await Dialogs.ShowMessageBoxAsync("Delete saved report",
            $"Delete the saved report \"{report.Title}\" ({report.Id})? Its runs stay; the report and its notes are gone for good.",
            yesText: "Delete", cancelText: "Keep");
        if (yes != true) return;
        SavedReportOutcome outcome;
        try
        {
            outcome = await Reports.DeleteAsync(report.Id, User.Name);
        }
        catch (Exception e) when (StoreFailure.Is(e))
        {
            Snackbar.Add($"Saved report {report.Id} could not be deleted ({e.Message}).", Severity.Error);
            return;
        }
        switch (outcome)
        {
            case SavedReportOutcome.NotOwner:
                Snackbar.Add($"Saved report {report.Id} belongs to {report.Owner}; only they can delete it.", Severity.Warning);
                return;
            case SavedReportOutcome.NotFound:
                Snackbar.Add($"Saved report {report.Id} was already deleted.", Severity.Info);
                break;
            default:
                Snackbar.Add($"Saved report \"{report.Title}\" deleted.", Severity.Success);
                break;
        }
        _items.RemoveAll(r => r.Id == report.Id);
    }
}
