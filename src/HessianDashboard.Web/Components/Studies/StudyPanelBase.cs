using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Access;
using HessianDashboard.Web.Components.Lab;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HessianDashboard.Web.Components.Studies;

/// <summary>
/// A study launched as a job: results stay on the server (the runner), so a panel opens on the newest study of its
/// kind that has a result, follows one that is still queued or running, and polls it at ≤ 5 Hz for progress.
/// </summary>
/// <typeparam name="TRequest">The study's request type (which runs belong to this panel).</typeparam>
/// <typeparam name="TResult">Its result type.</typeparam>
public abstract class StudyPanelBase<TRequest, TResult> : ComponentBase, IAsyncDisposable
    where TRequest : class, IExperimentRequest
    where TResult : class
{
    private LabRenderThrottle? _throttle;
    private long _cursor;

    [Inject]
    protected IRunRunner Runner { get; set; } = default!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The signed-in user, who owns the studies launched here.</summary>
    [Inject]
    protected CurrentUser User { get; set; } = default!;

    /// <summary>The study this panel follows (launched here or found unfinished); it stays once finished.</summary>
    protected RunInfo? Current { get; private set; }

    /// <summary>The newest study of this kind with a result (complete, or partial when cancelled).</summary>
    protected RunInfo? Latest { get; private set; }

    protected TResult? LatestResult => Latest?.Result as TResult;

    /// <summary>The stage of the newest progress event of <see cref="Current"/>.</summary>
    protected string? Stage { get; private set; }

    protected override void OnInitialized()
    {
        var mine = Runner.List().Where(r => r.Request is TRequest).ToArray(); // newest first
        Current = mine.FirstOrDefault(r => !r.State.IsTerminal());
        Latest = mine.FirstOrDefault(r => r.Result is TResult);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && Current is not null) Watch();
    }

    /// <summary>Submits <paramref name="request"/> (the runner validates it again) and follows it.</summary>
    protected void Launch(TRequest request)
    {
        try
        {
            Current = Runner.Submit(request, new RunSubmitOptions { Owner = User.Name });
            (_cursor, Stage) = (0, null);
            Watch();
        }
        catch (RequestValidationException e)
        {
            Snackbar.Add(string.Join(" ", e.Errors), Severity.Error);
        }
        catch (InvalidOperationException e) when (e is RunQueueFullException or RunLimitException) // the server-wide queue, or a per-user limit
        {
            Snackbar.Add(e.Message, Severity.Warning);
        }
    }

    protected void Cancel()
    {
        if (Current is { } run && Runner.Cancel(run.Id)) Snackbar.Add("Cancelling: the study keeps what it has finished.", Severity.Info);
    }

    private void Watch()
    {
        _throttle ??= new LabRenderThrottle(InvokeAsync, TickAsync, DispatchExceptionAsync);
        _throttle.Start();
    }

    private Task<bool> TickAsync()
    {
        if (Current is not { } run) return Task.FromResult(false);
        try
        {
            foreach (var e in Runner.Events(run.Id, _cursor))
            {
                _cursor = e.Sequence + 1;
                if (e.Progress is { } progress) Stage = progress.Stage;
            }
        }
        catch (KeyNotFoundException)
        {
            // evicted: keep the last snapshot
        }
        Current = Runner.Get(run.Id) ?? run;
        bool finished = Current.State.IsTerminal();
        if (finished && Current.Result is TResult) Latest = Current;
        StateHasChanged();
        return Task.FromResult(!finished);
    }

    public async ValueTask DisposeAsync()
    {
        if (_throttle is not null) await _throttle.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
