using HessianDashboard.Web.Uploads;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace HessianDashboard.Web.Components.Lab;

/// <summary>Streams the chosen file to <see cref="MatrixUploadStore"/> (never trusting its name as a path) and keeps the parsed upload in the model.</summary>
public sealed partial class MatrixUploadField : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private bool _busy;
    private string? _error;
    private int? _errorLine;

    [Inject]
    private MatrixUploadStore Store { get; set; } = default!;

    [Parameter, EditorRequired]
    public LabFormModel Model { get; set; } = default!;

    [Parameter, EditorRequired]
    public LabErrors Errors { get; set; } = default!;

    [Parameter]
    public EventCallback Changed { get; set; }

    private async Task UploadAsync(InputFileChangeEventArgs e)
    {
        var file = e.File;
        (_busy, _error, _errorLine) = (true, null, null);
        Model.Upload = null;
        try
        {
            if (file.Size > Store.MaxBytes)
            {
                _error = $"{file.Name} is {FormatBytes(file.Size)}, more than the limit of {FormatBytes(Store.MaxBytes)}.";
                return;
            }
            await using var stream = file.OpenReadStream(Store.MaxBytes, _disposed.Token);
            var result = await Store.SaveAsync(stream, file.Name, _disposed.Token);
            Model.Upload = result.Matrix;
            if (result.Error is { } error)
                (_error, _errorLine) = ($"Could not read {MatrixUploadStore.DisplayName(file.Name)}: {error}", result.LineNumber);
        }
        catch (IOException ex)
        {
            _error = $"The upload of {file.Name} failed: {ex.Message}";
        }
        finally
        {
            _busy = false;
            if (!_disposed.IsCancellationRequested) await Changed.InvokeAsync();
        }
    }

    private Task ExactChangedAsync(bool exact)
    {
        Model.ComputeExact = exact;
        return Changed.InvokeAsync();
    }

    private static string FormatBytes(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MiB" : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KiB" : $"{bytes} bytes";

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
