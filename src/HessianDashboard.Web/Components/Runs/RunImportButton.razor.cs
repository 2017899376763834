using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Web.Access;
using HessianDashboard.Web.Options;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace HessianDashboard.Web.Components.Runs;

/// <summary>
/// Uploads a run export (at most <see cref="RunsOptions.MaxImportMegabytes"/>), reads it with <see cref="RunExportJson"/>
/// and either stores it (<see cref="IRunStore.ImportAsync"/>, owned by the signed-in user; a snackbar links to it) or shows
/// every problem found in a dialog. Nothing is stored from a file with any problem.
/// </summary>
public sealed partial class RunImportButton
{
    private bool _busy;

    [Inject]
    private IRunStore Store { get; set; } = default!;

    [Inject]
    private RunJobCatalog Catalog { get; set; } = default!;

    [Inject]
    private IOptions<RunsOptions> Options { get; set; } = default!;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>Raised with the new id after a run was imported.</summary>
    [Parameter]
    public EventCallback<string> Imported { get; set; }

    private async Task ImportAsync(InputFileChangeEventArgs e)
    {
        var file = e.File;
        long max = Options.Value.MaxImportBytes;
        _busy = true;
        try
        {
            if (file.Size > max)
            {
                await ShowErrorsAsync(file.Name, [$"The file has {RunSize(file.Size)}; at most {RunSize(max)} are imported (Runs:MaxImportMegabytes)."]);
                return;
            }
            RunImportResult result;
            await using (var stream = file.OpenReadStream(max))
                result = await RunExportJson.ReadAsync(stream, Catalog, RunImportLimits.Default with { MaxBytes = max });
            if (!result.Succeeded)
            {
                await ShowErrorsAsync(file.Name, result.Errors);
                return;
            }
            string id = await Store.ImportAsync(result.Run!, User.Name);
            Snackbar.Add(builder =>
            {
                builder.AddContent(0, $"Imported {file.Name} as run ");
                builder.OpenElement(1, "a");
                builder.AddAttribute(2, "href", RunRoutes.Detail(id));
                builder.AddAttribute(3, "data-testid", "import-link");
                builder.AddContent(4, id);
                builder.CloseElement();
            }, Severity.Success, key: "import-" + id);
            await Imported.InvokeAsync(id);
        }
        catch (IOException ex)
        {
            await ShowErrorsAsync(file.Name, [$"The upload failed: {ex.Message}"]);
        }
        finally
        {
            _busy = false;
        }
    }

    private Task ShowErrorsAsync(string fileName, IReadOnlyList<string> errors) =>
        Dialogs.ShowAsync<ImportErrorsDialog>("Import refused", new DialogParameters<ImportErrorsDialog>
        {
            { d => d.FileName, fileName },
            { d => d.Errors, errors },
        }, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });

    private static string RunSize(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024):0.#} MiB"
        : $"{bytes:N0} bytes";
}
