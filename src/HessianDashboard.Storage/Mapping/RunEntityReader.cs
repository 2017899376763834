using System.Text.Json;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Storage.Entities;
using HessianDashboard.Storage.Serialization;

namespace HessianDashboard.Storage.Mapping;

/// <summary>
/// Turns rows back into runs. Nothing stored can make it throw: an unknown kind, an unreadable request, result, manifest
/// or event chunk yields the run without that part and a sentence in the caller's problems list (appended to its error).
/// </summary>
internal sealed class RunEntityReader(RunJobCatalog catalog)
{
    public RunInfo ReadHeader(RunHeaderRow row, List<string> problems)
    {
        var state = StoredStates.Parse(row.State);
        if (state is null) problems.Add($"The stored state '{row.State}' is unknown; the run is shown as interrupted.");
        var started = StoredTicks.ToInstant(row.StartedTicks);
        var finished = StoredTicks.ToInstant(row.FinishedTicks);
        return new RunInfo
        {
            Id = row.Id, Kind = row.Kind, Title = row.Title, State = state ?? RunState.Interrupted,
            Request = ReadRequest(row.Kind, row.RequestJson, problems),
            SubmittedAt = StoredTicks.ToInstant(row.SubmittedTicks), StartedAt = started, FinishedAt = finished,
            Progress = row.Progress, Error = row.Error, EventCount = row.EventCount,
            Elapsed = started is { } s && finished is { } f ? f - s : null,
            Owner = row.Owner, Tags = row.Tags, Notes = row.Notes, RerunOf = row.RerunOf, ImportedFrom = row.ImportedFrom,
        };
    }

    public IExperimentRequest ReadRequest(string kind, string json, List<string> problems)
    {
        var handler = catalog.FindKind(kind);
        if (handler is null) return Unreadable(kind, json, $"the job kind '{kind}' is not registered here.", problems);
        try
        {
            return JsonSerializer.Deserialize(json, handler.RequestType, CompactJson.PlainOptions) as IExperimentRequest
                ?? Unreadable(kind, json, "it is empty.", problems);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            return Unreadable(kind, json, ex.Message, problems);
        }
    }

    public object? ReadResult(string kind, RunResultEntity? row, List<string> problems)
    {
        if (row is null) return null;
        var handler = catalog.FindKind(kind);
        if (handler is null)
        {
            problems.Add($"The stored result cannot be read: the job kind '{kind}' is not registered here.");
            return null;
        }
        return Read(row.Json, row.Blob, handler.ResultType, "The stored result", problems);
    }

    public RunManifest? ReadManifest(string? json, byte[]? blob, List<string> problems) =>
        json is null ? null : (RunManifest?)Read(json, blob, typeof(RunManifest), "The stored manifest", problems);

    /// <summary>The events of <paramref name="chunks"/> (in sequence order) up to the first unreadable or non-contiguous chunk.</summary>
    public IReadOnlyList<RunEvent> ReadEvents(string runId, IEnumerable<RunEventChunkEntity> chunks, List<string> problems)
    {
        var events = new List<RunEvent>();
        foreach (var chunk in chunks)
        {
            if (chunk.FirstSequence != events.Count)
            {
                problems.Add($"The stored events jump from #{events.Count} to #{chunk.FirstSequence}; the rest is left out.");
                break;
            }
            if (Read(chunk.Json, chunk.Blob, typeof(RunEvent[]), $"Stored events #{chunk.FirstSequence} and on", problems) is not RunEvent[] batch)
                break;
            for (int i = 0; i < batch.Length; i++) events.Add(batch[i] with { Sequence = events.Count, RunId = runId });
        }
        return events;
    }

    private static object? Read(string json, byte[]? blob, Type type, string what, List<string> problems)
    {
        try
        {
            return CompactJson.Deserialize(json, blob, type);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            problems.Add($"{what} could not be read: {ex.Message}");
            return null;
        }
    }

    private static UnreadableRequest Unreadable(string kind, string json, string reason, List<string> problems)
    {
        problems.Add($"The stored request cannot be read: {reason}");
        return new UnreadableRequest(kind, json, reason);
    }
}
