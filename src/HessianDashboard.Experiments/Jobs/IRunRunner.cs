using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>
/// Accepts experiment requests, runs them on the server and publishes their events. Runs belong to
/// the server: a subscriber going away never cancels a run; only <see cref="Cancel"/> does.
/// <see cref="InProcessRunRunner"/> is the single-machine implementation; a distributed runner
/// implements the same contract over a shared queue, store and event bus.
/// </summary>
public interface IRunRunner
{
    /// <summary>
    /// Validates and queues <paramref name="request"/>, returning the new run's snapshot (state <see cref="RunState.Queued"/>).
    /// <paramref name="options"/> name the owner (for per-user limits and the history's owner filter), the run it re-runs
    /// and its first tags.
    /// </summary>
    /// <exception cref="RequestValidationException">The request is invalid; nothing was queued.</exception>
    /// <exception cref="RunQueueFullException">As many runs as allowed are already waiting.</exception>
    /// <exception cref="RunLimitException">The owner is at a per-user limit (submissions per minute or queued runs); nothing was queued.</exception>
    /// <exception cref="NotSupportedException">No job handler knows the request's type.</exception>
    RunInfo Submit(IExperimentRequest request, RunSubmitOptions? options = null);

    /// <summary>
    /// Cancels a run: a queued run becomes <see cref="RunState.Cancelled"/> at once without running; a running
    /// run's cancellation token fires and it becomes cancelled when the experiment returns, keeping its partial result.
    /// </summary>
    /// <returns>False when the run is unknown or already finished.</returns>
    bool Cancel(string runId);

    /// <summary>The run's current snapshot (from memory, or from the run store for older runs), or null when unknown.</summary>
    RunInfo? Get(string runId);

    /// <summary>Snapshots of every known run, newest submission first.</summary>
    IReadOnlyList<RunInfo> List();

    /// <summary>The events logged so far from sequence <paramref name="fromSequence"/> on (a snapshot, not live).</summary>
    /// <exception cref="KeyNotFoundException">The run is unknown.</exception>
    IReadOnlyList<RunEvent> Events(string runId, long fromSequence = 0);

    /// <summary>
    /// The run's events from <paramref name="fromSequence"/>: first those already logged (a late joiner gets
    /// the run from its first step), then live ones as they happen, completing after the terminal state
    /// change. A slow reader only lags behind; it never slows the run. Cancelling <paramref name="cancellationToken"/>
    /// ends this stream only, never the run.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The run is unknown (thrown by the call itself, not on enumeration).</exception>
    IAsyncEnumerable<RunEvent> StreamAsync(string runId, long fromSequence = 0, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a run's user tags and/or notes (a null argument leaves that one as it is; empty notes clear them), in memory
    /// and in the run store, so <see cref="Get"/> and the history agree at once.
    /// </summary>
    /// <returns>False when the run is unknown.</returns>
    Task<bool> AnnotateAsync(string runId, IReadOnlyList<string>? tags, string? notes, CancellationToken cancellationToken = default);

    /// <summary>Deletes a finished run (memory and store, with its events and result).</summary>
    /// <returns>False when the run is unknown or not finished.</returns>
    Task<bool> DeleteAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Raised with the latest snapshot when a run changes state, and at most about five times a second per run
    /// for progress; meant for list pages. Raised off the compute threads; when a handler is slow, snapshots of
    /// the same run are coalesced (the handler sees the newest), so use <see cref="StreamAsync"/> to see every transition.
    /// </summary>
    event Action<RunInfo>? RunChanged;
}
