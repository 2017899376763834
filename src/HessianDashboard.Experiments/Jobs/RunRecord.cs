using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs.Store;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>
/// The in-process runner's mutable state of one run. Every transition and every append happens under
/// one lock, so the log's order is the state's order; the lock is held for O(1) work only.
/// </summary>
internal sealed class RunRecord(string id, long ordinal, IExperimentRequest request, IRunJobHandler handler, DateTimeOffset submittedAt,
    RunSubmitOptions? options = null)
{
    private static readonly TimeSpan ProgressNotifyInterval = TimeSpan.FromMilliseconds(200);
    private readonly Lock _gate = new();
    private RunState _state = RunState.Queued;
    private DateTimeOffset? _startedAt, _finishedAt;
    private double _fraction;
    private object? _result;
    private string? _error;
    private DateTimeOffset? _lastProgressNotice;
    private IReadOnlyList<string> _tags = RunTags.Normalize(options?.Tags);
    private string? _notes;
    private RunManifest? _manifest;

    public string Id { get; } = id;
    public long Ordinal { get; } = ordinal;
    public IExperimentRequest Request { get; } = request;
    public IRunJobHandler Handler { get; } = handler;
    public string Title { get; } = handler.Describe(request);
    public RunEventLog Log { get; } = new();
    public string? Owner { get; } = options?.Owner;
    public string? RerunOf { get; } = options?.RerunOf;

    /// <summary>Fired by Cancel or the host stopping. Never disposed: it has no timer or linked registrations to release.</summary>
    public CancellationTokenSource Cancellation { get; } = new();

    /// <summary>1 while a RunChanged notice for this run is pending (coalescing flag of the notifier).</summary>
    public int NoticePending;

    /// <summary>Queued → Running with the manifest of where it runs; false when the run is no longer queued (cancelled while waiting).</summary>
    public bool TryStart(DateTimeOffset at, RunManifest? manifest = null)
    {
        lock (_gate)
        {
            if (_state != RunState.Queued) return false;
            (_state, _startedAt, _manifest) = (RunState.Running, at, manifest);
            Append(RunEventKind.StateChanged, at, state: RunState.Running);
            return true;
        }
    }

    /// <summary>Queued → Cancelled without running; false when the run is not queued.</summary>
    public bool TryCancelQueued(DateTimeOffset at, string? reason = null)
    {
        lock (_gate)
        {
            if (_state != RunState.Queued) return false;
            Finish(RunState.Cancelled, null, reason, at);
            return true;
        }
    }

    /// <summary>Fires the running run's token; false when the run is not running.</summary>
    public bool RequestCancel()
    {
        lock (_gate)
        {
            if (_state != RunState.Running) return false;
        }
        Cancellation.Cancel(); // outside the lock: registered callbacks run synchronously here
        return true;
    }

    /// <summary>The manifest captured when the run started (null before).</summary>
    public RunManifest? Manifest
    {
        get { lock (_gate) return _manifest; }
    }

    /// <summary>Running → terminal, with the result (possibly partial), the error text and the finished manifest (null keeps the one from the start).</summary>
    public void Complete(RunState state, object? result, string? error, DateTimeOffset at, RunManifest? manifest = null)
    {
        lock (_gate)
        {
            if (_state != RunState.Running) throw new InvalidOperationException($"Run {Id} is {_state}, not running.");
            _manifest = manifest ?? _manifest;
            Finish(state, result, error, at);
        }
    }

    /// <summary>Appends a Step, Progress or Metric event and raises the fraction; false when the run is no longer running.</summary>
    public bool Publish(RunEventKind kind, DateTimeOffset at, string? series, LanczosStep? step, ExperimentProgress? progress, double? fraction, RunMetric? metric = null)
    {
        lock (_gate)
        {
            if (_state != RunState.Running) return false;
            if (fraction is { } f && double.IsFinite(f)) _fraction = Math.Max(_fraction, Math.Clamp(f, 0, 1));
            Append(kind, at, series: series, step: step, progress: progress, metric: metric);
            return true;
        }
    }

    /// <summary>Whether a progress notice is due (at most one per 200 ms); records it when so.</summary>
    public bool ProgressNoticeDue(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_lastProgressNotice is { } last && now - last < ProgressNotifyInterval) return false;
            _lastProgressNotice = now;
            return true;
        }
    }

    public RunInfo Snapshot(DateTimeOffset now)
    {
        lock (_gate)
        {
            TimeSpan? elapsed = _startedAt is { } started ? (_finishedAt ?? now) - started : null;
            TimeSpan? eta = _state == RunState.Running && _fraction > 0 && elapsed is { } e
                ? TimeSpan.FromTicks((long)(e.Ticks * (1 - _fraction) / _fraction))
                : null;
            return new RunInfo
            {
                Id = Id, Kind = Handler.Kind, Title = Title, State = _state, Request = Request,
                SubmittedAt = submittedAt, StartedAt = _startedAt, FinishedAt = _finishedAt,
                Progress = _fraction, Eta = eta, Error = _error, Result = _result,
                EventCount = Log.Count, Elapsed = elapsed,
                Owner = Owner, Tags = _tags, Notes = _notes, Manifest = _manifest, RerunOf = RerunOf,
            };
        }
    }

    /// <summary>Replaces the tags and/or the notes (null leaves one as it is; empty notes clear them).</summary>
    public void Annotate(IReadOnlyList<string>? tags, string? notes)
    {
        lock (_gate)
        {
            if (tags is not null) _tags = RunTags.Normalize(tags);
            if (notes is not null) _notes = notes.Length == 0 ? null : notes;
        }
    }

    /// <summary>Appends the first event (Queued); called once, before the run is visible to anyone.</summary>
    public void AnnounceQueued() { lock (_gate) Append(RunEventKind.StateChanged, submittedAt, state: RunState.Queued); }

    private void Finish(RunState state, object? result, string? error, DateTimeOffset at)
    {
        (_state, _result, _error, _finishedAt) = (state, result, error, at);
        if (state == RunState.Succeeded) _fraction = 1;
        Append(RunEventKind.StateChanged, at, state: state, error: error);
    }

    private void Append(RunEventKind kind, DateTimeOffset at, RunState? state = null, string? series = null,
        LanczosStep? step = null, ExperimentProgress? progress = null, string? error = null, RunMetric? metric = null) =>
        Log.Append(new RunEvent(0, Id, kind, state, series, step, progress, error, at, metric));
}
