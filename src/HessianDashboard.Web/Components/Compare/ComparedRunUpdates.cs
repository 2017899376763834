using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>
/// One poll of a live compare view: each run still queued or running is read again only when it logged new events
/// (a step, its end); a run the server no longer has is named as deleted. Runs that ended are not read again.
/// </summary>
public static class ComparedRunUpdates
{
    /// <summary>
    /// <paramref name="runs"/> with every changed run read again, in the same order; the same list instance when
    /// nothing changed (so the caller can skip a redraw).
    /// </summary>
    public static IReadOnlyList<ComparedRun> Update(IRunRunner runner, IReadOnlyList<ComparedRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(runs);
        var next = runs.Select(run => Update(runner, run)).ToList();
        return next.Where((run, i) => !ReferenceEquals(run, runs[i])).Any() ? next : runs;
    }

    /// <summary>Whether any of <paramref name="runs"/> is still queued or running.</summary>
    public static bool AnyLive(IReadOnlyList<ComparedRun> runs) => runs?.Any(r => r.Live) ?? false;

    /// <summary>How many of <paramref name="runs"/> are still queued or running.</summary>
    public static int LiveCount(IReadOnlyList<ComparedRun> runs) => runs?.Count(r => r.Live) ?? 0;

    private static ComparedRun Update(IRunRunner runner, ComparedRun run)
    {
        if (run.Info is null) return run; // unknown from the start: said so already
        if (!run.Live) return runner.Get(run.Id) is null ? Deleted(run) : run;
        IReadOnlyList<RunEvent> fresh;
        try
        {
            fresh = runner.Events(run.Id, run.Read);
        }
        catch (KeyNotFoundException)
        {
            return Deleted(run);
        }
        if (fresh.Count == 0) return run;
        var reread = ComparedRun.Load(runner, run.Id, run.Slot);
        return reread.Info is null ? Deleted(run) : reread;
    }

    private static ComparedRun Deleted(ComparedRun run) =>
        new(run.Id, run.Slot, null, $"Run '{run.Id}' was deleted from this server while this page showed it; remove it from the comparison.");
}
