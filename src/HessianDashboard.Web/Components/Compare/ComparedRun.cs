using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>A run named by the view's link: what could be read of it, or why nothing could.</summary>
/// <param name="Id">The id as the link names it.</param>
/// <param name="Slot">Its position in the link, which gives its colour.</param>
/// <param name="Data">Its spectra, ladders and metrics; null when the run is unknown.</param>
/// <param name="Missing">Why the run cannot be shown (unknown id), or null.</param>
public sealed record ComparedRun(string Id, int Slot, RunSpectra? Data, string? Missing)
{
    /// <summary>The run's colour.</summary>
    public string Color => ComparePalette.Of(Slot);

    /// <summary>The first six characters of the id, enough to tell runs apart in a legend.</summary>
    public string Short => Id.Length > 6 ? Id[..6] : Id;

    /// <summary>The run's snapshot, when known.</summary>
    public RunInfo? Info => Data?.Run;

    /// <summary>How many of the run's events were read: the sequence number of the next one.</summary>
    public long Read { get; init; }

    /// <summary>Whether the run was queued or running when read (the view follows it).</summary>
    public bool Live => Info is { } info && !info.State.IsTerminal();

    /// <summary>"a1b2c3 label": a series' name in the overlays.</summary>
    public string Name(string label) => $"{Short} {label}";

    /// <summary>Reads each run in <paramref name="ids"/> from <paramref name="runner"/> (its snapshot and its whole event log).</summary>
    public static IReadOnlyList<ComparedRun> Load(IRunRunner runner, IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(ids);
        return [.. ids.Select((id, slot) => Load(runner, id, slot))];
    }

    /// <summary>Reads run <paramref name="id"/> (shown at <paramref name="slot"/>) from <paramref name="runner"/>.</summary>
    public static ComparedRun Load(IRunRunner runner, string id, int slot)
    {
        ArgumentNullException.ThrowIfNull(runner);
        if (runner.Get(id) is not { } info)
            return new ComparedRun(id, slot, null, $"There is no run '{id}' on this server: the id is wrong, or the run was removed.");
        IReadOnlyList<RunEvent> events;
        try
        {
            events = runner.Events(id);
        }
        catch (KeyNotFoundException)
        {
            events = []; // removed between the two calls: the snapshot still has the result
        }
        return new ComparedRun(id, slot, RunSpectra.From(info, events), null) { Read = events.Count == 0 ? 0 : events[^1].Sequence + 1 };
    }
}
