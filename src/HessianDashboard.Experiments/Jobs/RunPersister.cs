using System.Collections.Concurrent;
using HessianDashboard.Experiments.Jobs.Store;
using Microsoft.Extensions.Logging;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>
/// The runner's background writer: on its own thread (never a compute thread), about every <see cref="Interval"/> it saves
/// each run with changes since its last write — header and state, the events appended since (from the run's log, by
/// sequence) and, once the run is terminal, its result — one <see cref="IRunStore.Save"/> per run. A run turning terminal
/// wakes it at once. A failing write (disk full, database down) is logged and retried on the next pass; it never fails a
/// run or the host. One writer at a time: the loop, the final flush and annotations share a gate.
/// </summary>
internal sealed partial class RunPersister(IRunStore store, TimeProvider time, ILogger logger)
{
    /// <summary>The pause between passes.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<string, Entry> _pending = new(StringComparer.Ordinal);
    // Never disposed: neither semaphore's wait handle is ever created, so there is nothing to release.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SemaphoreSlim _wake = new(0);
    private bool _failing;

    /// <summary>Starts following <paramref name="run"/> (from its submission until its terminal state is stored).</summary>
    public void Track(RunRecord run) => _pending[run.Id] = new Entry(run);

    /// <summary>Asks for a pass now (a run just finished).</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0) _wake.Release();
    }

    /// <summary>A run whose latest state is not stored yet (the runner may have evicted it from memory already), or null.</summary>
    public RunRecord? FindPending(string runId) => _pending.TryGetValue(runId, out var entry) ? entry.Run : null;

    /// <summary>Writes a pass every <see cref="Interval"/> (or when woken) until <paramref name="stop"/> fires; meant for a dedicated thread.</summary>
    public void Run(CancellationToken stop)
    {
        try
        {
            while (true)
            {
                _wake.Wait(Interval, stop);
                WriteChanges();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the runner stops; it flushes once more itself
        }
    }

    /// <summary>Writes every pending run, retrying a failed pass twice; logs what is left unstored.</summary>
    public void Flush()
    {
        for (int attempt = 0; attempt < 3; attempt++)
        {
            if (WriteChanges()) return;
            Thread.Sleep(Interval);
        }
        LogNotFlushed(logger, _pending.Count);
    }

    /// <summary>One pass over the pending runs in submission order.</summary>
    /// <returns>True when every write succeeded.</returns>
    public bool WriteChanges()
    {
        _gate.Wait();
        try
        {
            bool ok = true;
            foreach (var entry in _pending.Values.OrderBy(e => e.Run.Ordinal)) ok &= TryWrite(entry);
            if (ok && _failing) LogRecovered(logger);
            _failing = !ok;
            return ok;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Annotates a run the runner holds: in the store first when its row exists (else its first write carries the
    /// annotation), then in memory, so the runner's snapshots and the store agree.
    /// </summary>
    public async Task AnnotateAsync(RunRecord run, IReadOnlyList<string>? tags, string? notes, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            bool inserted = !_pending.TryGetValue(run.Id, out var entry) || entry.Inserted;
            if (inserted) await store.AnnotateAsync(run.Id, tags, notes, cancellationToken).ConfigureAwait(false);
            run.Annotate(tags, notes);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Deletes a finished run the runner holds from the store (writing its final state first when its row is behind).</summary>
    /// <returns>False when the store could not be brought up to date.</returns>
    public async Task<bool> DeleteAsync(RunRecord run, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_pending.TryGetValue(run.Id, out var entry))
            {
                if (!entry.Inserted)
                {
                    _pending.TryRemove(run.Id, out _); // never written: nothing to delete
                    return true;
                }
                if (!TryWrite(entry)) return false;
            }
            await store.DeleteAsync(run.Id, cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool TryWrite(Entry entry)
    {
        var run = entry.Run;
        var info = run.Snapshot(time.GetUtcNow());
        // The log after the snapshot: a terminal snapshot's log already ends with its terminal event.
        var events = run.Log.Snapshot(entry.StoredEvents);
        bool terminal = info.State.IsTerminal();
        if (entry.Inserted && info.State == entry.StoredState && events.Count == 0) return true;
        try
        {
            store.Save(new RunWrite(info, run.Ordinal, events, terminal));
        }
#pragma warning disable CA1031 // whatever the store throws, the run and the host go on; the next pass retries
        catch (Exception ex)
#pragma warning restore CA1031
        {
            if (!_failing) LogWriteFailed(logger, ex, run.Id);
            return false;
        }
        (entry.Inserted, entry.StoredEvents, entry.StoredState) = (true, entry.StoredEvents + events.Count, info.State);
        if (terminal) _pending.TryRemove(run.Id, out _);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The run store could not save run {RunId}; retrying every pass (further failures are not logged until it recovers).")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "The run store saves runs again.")]
    private static partial void LogRecovered(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} run(s) could not be saved to the run store before the runner stopped; the next start shows unfinished ones as interrupted.")]
    private static partial void LogNotFlushed(ILogger logger, int count);

    private sealed class Entry(RunRecord run)
    {
        public RunRecord Run { get; } = run;
        public bool Inserted { get; set; }
        public long StoredEvents { get; set; }
        public RunState StoredState { get; set; }
    }
}
