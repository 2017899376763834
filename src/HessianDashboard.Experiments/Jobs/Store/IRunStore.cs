namespace HessianDashboard.Experiments.Jobs.Store;

/// <summary>
/// Where runs last: every run's header (kind, title, state, timings, owner), request, reproducibility
/// manifest, event log, result, tags and notes, across restarts. The runner writes through it from a
/// background writer (never from a compute thread); pages query it for history. Implementations:
/// the EF Core store in HessianDashboard.Storage (SQLite by default, PostgreSQL selectable).
/// Every method is safe to call from several threads at once.
/// </summary>
public interface IRunStore
{
    /// <summary>
    /// Prepares the store (creates or migrates it) and recovers from the previous process: every run stored as
    /// queued or running becomes <see cref="RunState.Interrupted"/> with <paramref name="at"/> as its finish time
    /// and <paramref name="reason"/> as its error. Called once, before the runner accepts runs.
    /// </summary>
    /// <returns>The highest ordinal stored (0 when empty) and the ids just marked interrupted.</returns>
    RunStoreOpening Open(DateTimeOffset at, string reason);

    /// <summary>
    /// Writes one run's latest state in one transaction: inserts the run the first time (request, manifest,
    /// owner, parameters for filtering), updates its state, timings, progress and error, appends
    /// <see cref="RunWrite.NewEvents"/> (contiguous, starting at the count already stored), and stores the result
    /// when <see cref="RunWrite.IncludeResult"/>. Large arrays go to binary blobs, not JSON text.
    /// </summary>
    void Save(RunWrite write);

    /// <summary>The whole stored run (header, request, result, every event), or null when unknown.</summary>
    StoredRun? Load(string runId);

    /// <summary>One page of runs matching <paramref name="query"/>, newest first unless sorted otherwise; results are not loaded.</summary>
    Task<RunPage> QueryAsync(RunQuery query, CancellationToken cancellationToken = default);

    /// <summary>Replaces the run's tags and/or notes (a null argument leaves that one as it is).</summary>
    /// <returns>False when the run is unknown.</returns>
    Task<bool> AnnotateAsync(string runId, IReadOnlyList<string>? tags, string? notes, CancellationToken cancellationToken = default);

    /// <summary>Every tag in use with how many runs carry it, most used first (for the filter's suggestions).</summary>
    Task<IReadOnlyList<TagCount>> TagsAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes a finished run and everything stored with it.</summary>
    /// <returns>False when the run is unknown or not finished.</returns>
    Task<bool> DeleteAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a run exported elsewhere (already validated by <see cref="RunExport"/>'s reader) under a new id with the
    /// next ordinal; it keeps its state, timings, request, manifest, result, events, tags and notes, and remembers
    /// the id it had at its origin.
    /// </summary>
    /// <returns>The new run id.</returns>
    Task<string> ImportAsync(RunExport run, string? owner, CancellationToken cancellationToken = default);
}

/// <summary>What <see cref="IRunStore.Open"/> found.</summary>
/// <param name="MaxOrdinal">The highest ordinal stored; new runs continue after it.</param>
/// <param name="Interrupted">Ids of the runs the previous process left queued or running, now interrupted.</param>
public sealed record RunStoreOpening(long MaxOrdinal, IReadOnlyList<string> Interrupted);

/// <summary>One run's changes since the last write.</summary>
/// <param name="Info">The run's latest snapshot (its <see cref="RunInfo.Result"/> is read only with <paramref name="IncludeResult"/>).</param>
/// <param name="Ordinal">The run's submission ordinal (unique, increasing).</param>
/// <param name="NewEvents">Events not yet stored, in sequence order, the first one's sequence equal to the count stored.</param>
/// <param name="IncludeResult">True once the run is terminal: store <see cref="RunInfo.Result"/> (or null).</param>
public sealed record RunWrite(RunInfo Info, long Ordinal, IReadOnlyList<RunEvent> NewEvents, bool IncludeResult);

/// <summary>A run read back from the store.</summary>
/// <param name="Info">Header, request and result (<see cref="RunInfo.Result"/> deserialised to the kind's result type).</param>
/// <param name="Ordinal">The run's submission ordinal.</param>
/// <param name="Events">Every stored event in sequence order.</param>
public sealed record StoredRun(RunInfo Info, long Ordinal, IReadOnlyList<RunEvent> Events);

/// <summary>A tag and how many runs carry it.</summary>
public sealed record TagCount(string Tag, int Count);
