using HessianDashboard.Experiments.Jobs.Store;
using Microsoft.Extensions.Logging;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>The runner's side of the run store: opening it, reading stored runs back, annotations and deletions.</summary>
public sealed partial class InProcessRunRunner
{
    /// <inheritdoc />
    /// <remarks>
    /// For a run this runner holds, memory and store are updated together (so <see cref="Get"/> reflects it at once); for an
    /// older run, the store is, and its cached copy is dropped. Use this rather than <see cref="IRunStore.AnnotateAsync"/> directly.
    /// </remarks>
    public async Task<bool> AnnotateAsync(string runId, IReadOnlyList<string>? tags, string? notes, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(runId)) return false;
        EnsureOpen();
        if (FindLive(runId) is { } run)
        {
            if (_persister is null) run.Annotate(tags, notes);
            else await _persister.AnnotateAsync(run, tags, notes, cancellationToken).ConfigureAwait(false);
            _notifier.Post(run);
            return true;
        }
        if (_store is null) return false;
        _storedRuns!.Invalidate(runId);
        return await _store.AnnotateAsync(runId, tags, notes, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Use this rather than <see cref="IRunStore.DeleteAsync"/> directly, so the writer cannot store the run again and the
    /// cache forgets it.
    /// </remarks>
    public async Task<bool> DeleteAsync(string runId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(runId)) return false;
        EnsureOpen();
        if (FindLive(runId) is { } run)
        {
            if (!run.Snapshot(_time.GetUtcNow()).State.IsTerminal()) return false;
            if (_persister is not null && !await _persister.DeleteAsync(run, cancellationToken).ConfigureAwait(false)) return false;
            _runs.TryRemove(runId, out _);
            _storedRuns?.Invalidate(runId);
            return true;
        }
        if (_store is null) return false;
        _storedRuns!.Invalidate(runId);
        return await _store.DeleteAsync(runId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens the store once (migrations, recovery of the previous process's runs) and continues its ordinals.</summary>
    private void EnsureOpen()
    {
        if (_store is null || _opened) return;
        lock (_openGate)
        {
            if (_opened) return;
            var opening = _store.Open(_time.GetUtcNow(), InterruptedReason);
            long current;
            do current = Interlocked.Read(ref _ordinal);
            while (current < opening.MaxOrdinal && Interlocked.CompareExchange(ref _ordinal, opening.MaxOrdinal, current) != current);
            LogOpened(_logger, opening.MaxOrdinal, opening.Interrupted.Count);
            _opened = true;
        }
    }

    private StoredRun? LoadStored(string runId)
    {
        if (_store is null || string.IsNullOrEmpty(runId)) return null;
        EnsureOpen();
        return _storedRuns!.GetOrLoad(runId, _store.Load);
    }

    private RunEvent[] StoredEvents(string? runId, long fromSequence)
    {
        var stored = (runId is null ? null : LoadStored(runId)) ?? throw new KeyNotFoundException($"There is no run '{runId}'.");
        int from = (int)Math.Clamp(fromSequence, 0, stored.Events.Count);
        return [.. stored.Events.Skip(from)];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run store opened: ordinals continue after {MaxOrdinal}; {Interrupted} unfinished run(s) of the previous process marked interrupted.")]
    private static partial void LogOpened(ILogger logger, long maxOrdinal, int interrupted);
}
