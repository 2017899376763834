using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Web.Components.Runs;

/// <summary>What a run's event log holds: events by kind, the last Lanczos step and the series stepped.</summary>
/// <param name="Counts">Events per kind (kinds without events are absent).</param>
/// <param name="LastStep">The k of the last Step event, or null when there is none.</param>
/// <param name="Series">The distinct series names of the Step events, in order of first appearance.</param>
/// <param name="LastAt">When the last event was appended, or null for an empty log.</param>
public sealed record RunEventSummary(IReadOnlyDictionary<RunEventKind, int> Counts, int? LastStep, IReadOnlyList<string> Series, DateTimeOffset? LastAt)
{
    /// <summary>The summary of <paramref name="events"/>.</summary>
    public static RunEventSummary Of(IReadOnlyList<RunEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var counts = new Dictionary<RunEventKind, int>();
        var series = new List<string>();
        int? last = null;
        foreach (var e in events)
        {
            counts[e.Kind] = counts.GetValueOrDefault(e.Kind) + 1;
            if (e is not { Kind: RunEventKind.Step, Step: { } step }) continue;
            last = step.K;
            if (e.Series is { } name && !series.Contains(name)) series.Add(name);
        }
        return new RunEventSummary(counts, last, series, events.Count > 0 ? events[^1].At : null);
    }

    /// <summary>How many events of <paramref name="kind"/>.</summary>
    public int Count(RunEventKind kind) => Counts.GetValueOrDefault(kind);

    /// <summary>Every event.</summary>
    public int Total => Counts.Values.Sum();
}
