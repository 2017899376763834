using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Access;
using HessianDashboard.Web.Interop;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HessianDashboard.Web.Components.Runs;

/// <summary>
/// What the Runs page and a run's detail page both do to runs: re-run (same request, <c>RerunOf</c> = the run, owned by the
/// signed-in user), cancel, export as JSON (a zip when several) and delete finished ones. Every refusal is a snackbar,
/// never an exception.
/// </summary>
public abstract class RunCommandsBase : ComponentBase
{
    [Inject]
    protected IRunRunner Runner { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    protected IDialogService Dialogs { get; set; } = default!;

    [Inject]
    protected BrowserFileDownloader Downloader { get; set; } = default!;

    /// <summary>The signed-in user, who owns the re-runs submitted here.</summary>
    [Inject]
    protected CurrentUser User { get; set; } = default!;

    /// <summary>Submits <paramref name="run"/>'s request again as a re-run of it.</summary>
    /// <returns>The new run, or null when the runner refused it (said in a snackbar).</returns>
    protected RunInfo? Rerun(RunInfo run)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            var rerun = Runner.Submit(run.Request, new RunSubmitOptions { Owner = User.Name, RerunOf = run.Id });
            Snackbar.Add(Link($"Re-run of {run.Id} queued as ", rerun.Id, RunRoutes.Open(rerun.Kind, rerun.Id)), Severity.Success,
                key: "rerun-" + rerun.Id);
            return rerun;
        }
        catch (RequestValidationException e)
        {
            Snackbar.Add($"Run {run.Id}'s request is not valid here: {string.Join(" ", e.Errors)}", Severity.Error);
        }
        catch (InvalidOperationException e) when (e is RunQueueFullException or RunLimitException)
        {
            Snackbar.Add(e.Message, Severity.Warning);
        }
        catch (NotSupportedException)
        {
            Snackbar.Add($"This server does not run {run.Kind} runs, so run {run.Id} cannot be re-run here.", Severity.Error);
        }
        return null;
    }

    /// <summary>Cancels a queued or running run.</summary>
    protected void Cancel(RunInfo run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!Runner.Cancel(run.Id)) Snackbar.Add($"Run {run.Id} had already finished.", Severity.Info);
    }

    /// <summary>Offers the finished runs among <paramref name="runIds"/> as one JSON file, or a zip when several.</summary>
    protected async Task ExportAsync(IReadOnlyList<string> runIds)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        var problems = new List<string>();
        try
        {
            if (runIds.Count == 1)
            {
                var (export, problem) = RunExportFiles.Load(Runner, runIds[0]);
                if (export is not null) await Downloader.DownloadAsync(RunExportFiles.FileName(export.Id), RunExportFiles.JsonType, RunExportFiles.Json(export));
                else problems.Add(problem!);
            }
            else if (runIds.Count > 1)
            {
                var (zip, count) = RunExportFiles.Zip(Runner, runIds, problems);
                if (count > 0) await Downloader.DownloadAsync($"runs-{count}.zip", RunExportFiles.ZipType, zip);
            }
        }
        catch (Microsoft.JSInterop.JSException e)
        {
            problems.Add($"The browser could not save the file: {e.Message}");
        }
        foreach (var problem in problems) Snackbar.Add(problem, Severity.Warning);
    }

    /// <summary>Asks, then deletes the finished runs among <paramref name="runs"/>.</summary>
    /// <returns>The ids deleted (empty when the user said no).</returns>
    protected async Task<IReadOnlyList<string>> DeleteAsync(IReadOnlyList<RunInfo> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var finished = runs.Where(r => r.State.IsTerminal()).ToList();
        if (finished.Count == 0)
        {
            Snackbar.Add("Only finished runs can be deleted; cancel a running one first.", Severity.Info);
            return [];
        }
        string what = finished.Count == 1 ? $"run {finished[0].Id} ({finished[0].Title})" : $"{finished.Count} runs";
        string skipped = finished.Count < runs.Count ? $" {runs.Count - finished.Count} unfinished run(s) are kept." : "";
        bool? yes = await Dialogs.ShowMessageBoxAsync("Delete runs",
            $"Delete {what} with their events and results? This cannot be undone.{skipped}", yesText: "Delete", cancelText: "Keep");
        if (yes != true) return [];
        var deleted = new List<string>();
        foreach (var run in finished)
        {
            if (await Runner.DeleteAsync(run.Id)) deleted.Add(run.Id);
            else Snackbar.Add($"Run {run.Id} could not be deleted (it is gone, or not finished).", Severity.Warning);
        }
        if (deleted.Count > 0) Snackbar.Add(deleted.Count == 1 ? $"Run {deleted[0]} deleted." : $"{deleted.Count} runs deleted.", Severity.Success);
        return deleted;
    }

    /// <summary>A snackbar message "<paramref name="text"/><paramref name="linkText"/>" whose last part links to <paramref name="href"/>.</summary>
    protected static RenderFragment Link(string text, string linkText, string href) => builder =>
    {
        builder.AddContent(0, text);
        builder.OpenElement(1, "a");
        builder.AddAttribute(2, "href", href);
        builder.AddAttribute(3, "data-testid", "snackbar-run-link");
        builder.AddContent(4, linkText);
        builder.CloseElement();
    };
}
