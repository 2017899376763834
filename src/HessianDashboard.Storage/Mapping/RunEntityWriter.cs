using System.Text.Json;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;
using HessianDashboard.Storage.Context;
using HessianDashboard.Storage.Entities;
using HessianDashboard.Storage.Serialization;

namespace HessianDashboard.Storage.Mapping;

/// <summary>Turns runs into rows: the header on first insert and on each update, event chunks, the result.</summary>
internal static class RunEntityWriter
{
    /// <summary>A new header row with what never changes after insert: request (and its parameters), owner, first tags and notes.</summary>
    public static StoredRunEntity Create(RunInfo info, long ordinal)
    {
        ArgumentNullException.ThrowIfNull(info.Request);
        string requestJson = JsonSerializer.Serialize(info.Request, info.Request.GetType(), CompactJson.PlainOptions);
        return new StoredRunEntity
        {
            Id = info.Id,
            Ordinal = ordinal,
            Kind = Cut(info.Kind, RunStoreContext.KindLength)!,
            Title = Clean(info.Title)!,
            State = StoredStates.ToText(info.State),
            SubmittedTicks = StoredTicks.From(info.SubmittedAt),
            Owner = Cut(info.Owner, RunStoreContext.OwnerLength),
            Notes = Clean(info.Notes),
            RerunOf = Cut(info.RerunOf, RunStoreContext.IdLength),
            ImportedFrom = Cut(info.ImportedFrom, RunStoreContext.IdLength),
            RequestJson = requestJson,
            SearchText = SearchText(info.Title, info.Id, info.Notes),
            Tags = Tags(info.Id, info.Tags),
            Parameters = [.. RequestParameters.Flatten(requestJson).Select((p, i) => new RunParameterEntity
            {
                RunId = info.Id, Position = i, Path = Clean(p.Path)!, Text = Clean(p.Text), Number = p.Number,
            })],
        };
    }

    /// <summary>Copies state, timings, progress and error; the manifest the first time there is one, and again when <paramref name="final"/>.</summary>
    public static void UpdateHeader(StoredRunEntity entity, RunInfo info, bool final)
    {
        entity.State = StoredStates.ToText(info.State);
        entity.StartedTicks = StoredTicks.From(info.StartedAt);
        entity.FinishedTicks = StoredTicks.From(info.FinishedAt);
        entity.DurationTicks = info.StartedAt is { } started && info.FinishedAt is { } finished ? (finished - started).Ticks : null;
        entity.Progress = double.IsFinite(info.Progress) ? info.Progress : 0; // SQLite stores NaN as NULL
        entity.Error = Clean(info.Error);
        if (info.Manifest is { } manifest && (entity.ManifestJson is null || final))
        {
            var document = CompactJson.Serialize(manifest);
            (entity.ManifestJson, entity.ManifestBlob) = (document.Json, document.Blob);
        }
    }

    /// <summary>The text filter's column: lower-cased title, id and notes, one per line.</summary>
    public static string SearchText(string title, string id, string? notes) =>
        Clean(string.Join('\n', title, id, notes ?? "").ToLowerInvariant())!;

    /// <summary>Tag rows of <paramref name="tags"/> after <see cref="RunTags.Normalize"/>.</summary>
    public static List<RunTagEntity> Tags(string runId, IEnumerable<string>? tags) =>
        [.. RunTags.Normalize(tags).Select(Clean).Select(t => new RunTagEntity { RunId = runId, Key = RunTags.Key(t!), Tag = t! })];

    /// <summary>Free text as every provider stores it: PostgreSQL's text cannot hold U+0000, so it becomes U+FFFD.</summary>
    public static string? Clean(string? text) => text is not null && text.Contains('\0', StringComparison.Ordinal) ? text.Replace('\0', '\uFFFD') : text;

    /// <summary>A short column's value cut to its length (PostgreSQL refuses longer ones; a refused write would be retried forever).</summary>
    private static string? Cut(string? text, int length) => Clean(text) is { } clean && clean.Length > length ? clean[..length] : Clean(text);

    /// <summary>One chunk holding <paramref name="events"/> (consecutive, non-empty).</summary>
    public static RunEventChunkEntity Chunk(string runId, IReadOnlyList<RunEvent> events)
    {
        var document = CompactJson.Serialize(events as RunEvent[] ?? [.. events], typeof(RunEvent[]));
        return new RunEventChunkEntity
        {
            RunId = runId, FirstSequence = events[0].Sequence, Count = events.Count, Json = document.Json, Blob = document.Blob,
        };
    }

    /// <summary>The result row, or null for a null result.</summary>
    /// <exception cref="NotSupportedException">The result's type cannot be serialised.</exception>
    /// <exception cref="JsonException">Serialising it failed.</exception>
    public static RunResultEntity? Result(string runId, object? result)
    {
        if (result is null) return null;
        var document = CompactJson.Serialize(result);
        return new RunResultEntity { RunId = runId, TypeName = result.GetType().FullName ?? result.GetType().Name, Json = document.Json, Blob = document.Blob };
    }
}
