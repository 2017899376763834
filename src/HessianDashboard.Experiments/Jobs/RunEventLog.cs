using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>
/// A run's append-only event log, the source of truth for everything a subscriber sees. The writer
/// appends and signals; each reader keeps its own cursor and awaits the signal when it has caught up.
/// The writer never waits for a reader: the lock is held only to add one entry or to copy a range, and
/// the signal completes asynchronously (continuations are queued, never run on the writer's thread),
/// so a slow or abandoned reader merely lags behind.
/// </summary>
public sealed class RunEventLog
{
    private readonly List<RunEvent> _events = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource? _appended; // created only when a reader waits
    private bool _completed;

    /// <summary>Events appended so far.</summary>
    public long Count
    {
        get { lock (_gate) return _events.Count; }
    }

    /// <summary>Whether the terminal event has been appended; nothing follows it.</summary>
    public bool IsCompleted
    {
        get { lock (_gate) return _completed; }
    }

    /// <summary>
    /// Appends <paramref name="draft"/> with the next sequence number and wakes waiting readers. A terminal
    /// event (<see cref="RunEvent.IsTerminal"/>) completes the log.
    /// </summary>
    /// <returns>The stored event, with its sequence number.</returns>
    /// <exception cref="InvalidOperationException">The log is already complete.</exception>
    public RunEvent Append(RunEvent draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        RunEvent stored;
        TaskCompletionSource? wake;
        lock (_gate)
        {
            if (_completed) throw new InvalidOperationException($"Run {draft.RunId} has finished; its log is closed.");
            stored = draft with { Sequence = _events.Count };
            _events.Add(stored);
            _completed = stored.IsTerminal;
            (wake, _appended) = (_appended, null);
        }
        wake?.TrySetResult(); // RunContinuationsAsynchronously: readers resume on the thread pool
        return stored;
    }

    /// <summary>A copy of the events from <paramref name="fromSequence"/> on (all of them for 0 or less).</summary>
    public IReadOnlyList<RunEvent> Snapshot(long fromSequence = 0)
    {
        lock (_gate) return CopyFrom(fromSequence);
    }

    /// <summary>
    /// The events from <paramref name="fromSequence"/> on: those logged already, then live ones, ending after
    /// the terminal event. Cancelling <paramref name="cancellationToken"/> ends this reader only.
    /// </summary>
    public async IAsyncEnumerable<RunEvent> ReadAsync(long fromSequence = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long cursor = Math.Max(0, fromSequence);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<RunEvent> batch;
            Task? appended = null;
            bool completed;
            lock (_gate)
            {
                batch = CopyFrom(cursor);
                completed = _completed;
                if (batch.Count == 0 && !completed)
                    appended = (_appended ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
            }
            foreach (var e in batch)
            {
                yield return e;
                cursor = e.Sequence + 1;
            }
            if (appended is not null) await appended.WaitAsync(cancellationToken).ConfigureAwait(false);
            else if (batch.Count == 0 && completed) yield break;
        }
    }

    private RunEvent[] CopyFrom(long fromSequence)
    {
        int from = (int)Math.Clamp(fromSequence, 0, _events.Count);
        return CollectionsMarshal.AsSpan(_events)[from..].ToArray();
    }
}
