using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HessianDashboard.Web.Components.Layout;

/// <summary>
/// Shows a snackbar when a run succeeds, fails or is cancelled while this browser is connected (runs that had
/// finished before are not announced), once per run. Renders nothing; the layout hosts one.
/// </summary>
public sealed class RunNotifications : ComponentBase, IDisposable
{
    private readonly HashSet<string> _announced = new(StringComparer.Ordinal);
    private DateTimeOffset _connectedAt = DateTimeOffset.MaxValue;
    private bool _subscribed;

    [Inject]
    private IRunRunner Runner { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    /// <summary>The snackbar's text and severity for a finished run.</summary>
    public static (string Message, Severity Severity) Describe(RunInfo run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.State switch
        {
            RunState.Succeeded => ($"Run succeeded in {RunText.Duration(run.Elapsed)}: {run.Title}", Severity.Success),
            RunState.Failed => ($"Run failed: {run.Title} — {run.Error}", Severity.Error),
            RunState.Interrupted => ($"Run interrupted when the server stopped: {run.Title}", Severity.Warning),
            _ => ($"Run cancelled: {run.Title}", Severity.Warning),
        };
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // Only an interactive circuit subscribes (never the prerender).
        if (!firstRender) return;
        _connectedAt = Time.GetUtcNow();
        Runner.RunChanged += OnRunChanged;
        _subscribed = true;
    }

    private void OnRunChanged(RunInfo run)
    {
        if (!run.State.IsTerminal() || run.FinishedAt < _connectedAt) return;
        lock (_announced)
        {
            if (!_announced.Add(run.Id)) return; // the same finish can be noticed twice
        }
        _ = ShowAsync(run);
    }

    private async Task ShowAsync(RunInfo run)
    {
        var (message, severity) = Describe(run);
        try
        {
            await InvokeAsync(() => Snackbar.Add(message, severity, key: "run-" + run.Id));
        }
        catch (ObjectDisposedException)
        {
            // the circuit closed meanwhile
        }
    }

    public void Dispose()
    {
        if (_subscribed) Runner.RunChanged -= OnRunChanged;
    }
}
