using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Storage.Context;
using HessianDashboard.Storage.Entities;

namespace HessianDashboard.Storage.Mapping;

/// <summary>Appending events to a stored run, and closing a run the previous process left unfinished.</summary>
internal static class RunRecovery
{
    /// <summary>
    /// Adds <paramref name="events"/> as one chunk after those stored. Events already stored (a retried write whose commit
    /// went through) are skipped; a gap is refused.
    /// </summary>
    /// <exception cref="InvalidOperationException">The first new event's sequence lies beyond the count stored.</exception>
    public static void AppendEvents(RunStoreContext db, StoredRunEntity run, IReadOnlyList<RunEvent> events)
    {
        var fresh = events.Where(e => e.Sequence >= run.EventCount).ToArray();
        if (fresh.Length == 0) return;
        for (int i = 0; i < fresh.Length; i++)
        {
            if (fresh[i].Sequence != run.EventCount + i)
                throw new InvalidOperationException($"Run {run.Id}: event #{fresh[i].Sequence} does not follow the {run.EventCount + i} stored before it.");
        }
        db.EventChunks.Add(RunEntityWriter.Chunk(run.Id, fresh));
        run.EventCount += fresh.Length;
    }

    /// <summary>
    /// Marks <paramref name="run"/> (queued or running) interrupted at <paramref name="at"/> with <paramref name="reason"/> as its
    /// error, and ends its stored log with the matching state change, so a replay of its events ends like a live one.
    /// </summary>
    public static void Interrupt(RunStoreContext db, StoredRunEntity run, DateTimeOffset at, string reason)
    {
        run.State = StoredStates.ToText(RunState.Interrupted);
        run.FinishedTicks = StoredTicks.From(at);
        run.DurationTicks = run.StartedTicks is { } started ? Math.Max(0, run.FinishedTicks.Value - started) : null;
        run.Error = reason;
        AppendEvents(db, run, [new RunEvent(run.EventCount, run.Id, RunEventKind.StateChanged, RunState.Interrupted, null, null, null, reason, at)]);
    }
}
