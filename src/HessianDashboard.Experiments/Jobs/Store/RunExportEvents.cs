using System.Text.Json;

namespace HessianDashboard.Experiments.Jobs.Store;

/// <summary>
/// Reads an export's event log: each event a <see cref="RunEvent"/> carrying the member its kind needs, numbered
/// 0, 1, 2, … without gaps, a terminal state change only as the last event and agreeing with the run's state; the
/// events are given the export's run id.
/// </summary>
internal static class RunExportEvents
{
    /// <summary>Malformed events reported one by one before the rest are summarised.</summary>
    private const int MaxReported = 5;

    public static IReadOnlyList<RunEvent> Read(JsonElement element, string runId, RunState? state, List<string> errors)
    {
        if (element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null) return [];
        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"\"events\" must be a list of run events, got {ImportJson.Show(element)}.");
            return [];
        }
        var events = new List<RunEvent>(element.GetArrayLength());
        int bad = 0;
        foreach (var item in element.EnumerateArray())
        {
            int i = events.Count + bad;
            var (e, error) = Event(item, i);
            if (e is not null)
            {
                if (bad == 0 && e.Sequence != i)
                {
                    errors.Add($"The events must be numbered 0, 1, 2, … without gaps; event {i} has sequence {e.Sequence}.");
                    return [];
                }
                events.Add(e with { RunId = runId });
            }
            else if (++bad <= MaxReported) errors.Add(error!);
        }
        if (bad > MaxReported) errors.Add($"… and {bad - MaxReported} more malformed events.");
        if (bad > 0) return [];
        int end = events.FindIndex(e => e.IsTerminal);
        if (end >= 0 && end < events.Count - 1)
            errors.Add($"Event {end} ends the run ({Name(events[end].State)}), but {events.Count - 1 - end} more events follow it.");
        else if (end >= 0 && state is { } s && events[end].State != s)
            errors.Add($"The last event says the run {Name(events[end].State)}, but \"state\" says {Name<RunState>(s)}.");
        return events;
    }

    private static (RunEvent? Event, string? Error) Event(JsonElement item, int index)
    {
        RunEvent? e;
        try { e = item.Deserialize<RunEvent>(ImportJson.Strict); }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            return (null, $"Event {index} is not a run event: {ImportJson.Clean(ex, $"events[{index}]", item)}");
        }
        string? missing = e switch
        {
            null => "its content",
            { Kind: RunEventKind.StateChanged, State: null } => "the new state",
            { Kind: RunEventKind.Step, Step: null } => "the step",
            { Kind: RunEventKind.Progress, Progress: null } => "the progress",
            { Kind: RunEventKind.Metric, Metric: null } => "the metric",
            _ when !Enum.IsDefined(e.Kind) => "a known kind",
            _ when e.State is { } s && !Enum.IsDefined(s) => "a known state",
            _ => null,
        };
        return missing is null ? (e, null) : (null, $"Event {index} ({Name(e?.Kind)}) lacks {missing}.");
    }

    private static string Name<T>(T? value) where T : struct, Enum =>
        value is { } v ? JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()) : "of no kind";
}
