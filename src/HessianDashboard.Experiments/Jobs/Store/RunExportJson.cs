using System.Text.Json;
using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Experiments.Jobs.Store;

/// <summary>
/// Writes a finished run as a portable JSON document and reads one back, validated, so results can move between
/// installations. The document is one object: <c>format</c> (<see cref="RunExport.FormatName"/>) and <c>version</c>
/// first, the header, then <c>request</c>, <c>manifest</c>, <c>result</c> and <c>events</c>, in
/// <see cref="ExperimentJson"/>'s conventions (camelCase, kebab-case enums, NaN as "NaN"). Reading never throws on a
/// malformed file: it returns every problem as a sentence.
/// </summary>
public static class RunExportJson
{
    /// <summary>The export of a finished run <paramref name="info"/> with its event log <paramref name="events"/>.</summary>
    /// <exception cref="ArgumentException">The run has not finished.</exception>
    public static RunExport FromRun(RunInfo info, IReadOnlyList<RunEvent> events)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(events);
        if (!info.State.IsTerminal())
            throw new ArgumentException($"Only finished runs can be exported; run {info.Id} is {info.State.ToString().ToLowerInvariant()}.", nameof(info));
        return new RunExport
        {
            Id = info.Id, Kind = info.Kind, Title = info.Title, State = info.State, SubmittedAt = info.SubmittedAt,
            StartedAt = info.StartedAt, FinishedAt = info.FinishedAt, Progress = info.Progress, Error = info.Error, Owner = info.Owner,
            Tags = info.Tags, Notes = info.Notes, ImportedFrom = info.ImportedFrom, Request = info.Request, Manifest = info.Manifest,
            Result = info.Result, Events = events,
        };
    }

    /// <summary>Writes <paramref name="run"/> to <paramref name="stream"/> as compact UTF-8 JSON (left open).</summary>
    public static void Write(RunExport run, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream);
        Write(run, writer);
    }

    /// <summary>Writes <paramref name="run"/> as one JSON object and flushes <paramref name="writer"/>.</summary>
    public static void Write(RunExport run, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(writer);
        var options = ExperimentJson.Options;
        writer.WriteStartObject();
        writer.WriteString("format", run.Format);
        writer.WriteNumber("version", run.Version);
        writer.WriteString("id", run.Id);
        writer.WriteString("kind", run.Kind);
        writer.WriteString("title", run.Title);
        Property(writer, "state", run.State);
        Property(writer, "submittedAt", run.SubmittedAt);
        Property(writer, "startedAt", run.StartedAt);
        Property(writer, "finishedAt", run.FinishedAt);
        Property(writer, "progress", run.Progress);
        Property(writer, "error", run.Error);
        Property(writer, "owner", run.Owner);
        Property(writer, "tags", run.Tags);
        Property(writer, "notes", run.Notes);
        Property(writer, "importedFrom", run.ImportedFrom);
        writer.WritePropertyName("request");
        JsonSerializer.Serialize(writer, run.Request, run.Request.GetType(), options);
        Property(writer, "manifest", run.Manifest);
        writer.WritePropertyName("result");
        JsonSerializer.Serialize(writer, run.Result, run.Result?.GetType() ?? typeof(object), options);
        writer.WriteStartArray("events");
        foreach (var e in run.Events) JsonSerializer.Serialize(writer, e, options);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Reads and validates a run export from <paramref name="stream"/> (at most <see cref="RunImportLimits.MaxBytes"/> are read).</summary>
    /// <returns>The run, or the reasons it cannot be imported; never throws on malformed input.</returns>
    public static RunImportResult Read(Stream stream, RunJobCatalog catalog, RunImportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits = Check(catalog, limits);
        try
        {
            return RunExportInput.TryReadBounded(stream, limits.MaxBytes, out var bytes) ? Read(bytes, catalog, limits) : TooLarge(limits);
        }
        catch (IOException ex)
        {
            return RunImportResult.Failure($"The file could not be read: {ex.Message}");
        }
    }

    /// <summary>The asynchronous <see cref="Read(Stream, RunJobCatalog, RunImportLimits?)"/>, for uploads and request bodies.</summary>
    public static async Task<RunImportResult> ReadAsync(Stream stream, RunJobCatalog catalog, RunImportLimits? limits = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits = Check(catalog, limits);
        try
        {
            var bytes = await RunExportInput.ReadBoundedAsync(stream, limits.MaxBytes, cancellationToken).ConfigureAwait(false);
            return bytes is { } read ? Read(read, catalog, limits) : TooLarge(limits);
        }
        catch (IOException ex)
        {
            return RunImportResult.Failure($"The file could not be read: {ex.Message}");
        }
    }

    private static RunImportResult Read(ReadOnlyMemory<byte> bytes, RunJobCatalog catalog, RunImportLimits limits)
    {
        var json = RunExportInput.WithoutBom(bytes);
        if (RunExportInput.CheckStart(json.Span) is { } notJson) return RunImportResult.Failure(notJson);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = limits.MaxDepth });
        }
        catch (JsonException)
        {
            return RunImportResult.Failure(RunExportInput.DescribeParseFailure(json.Span, limits.MaxDepth));
        }
        using (document) return new RunExportReader(catalog, limits).Read(document.RootElement);
    }

    private static RunImportLimits Check(RunJobCatalog catalog, RunImportLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        limits ??= RunImportLimits.Default;
        return limits.Validate() is { Count: > 0 } errors ? throw new ArgumentException(string.Join(" ", errors), nameof(limits)) : limits;
    }

    private static RunImportResult TooLarge(RunImportLimits limits) => RunImportResult.Failure(
        $"The file is larger than {RunExportInput.Size(limits.MaxBytes)}, the import limit; a run export of this installation is smaller, so this is not one (or was exported with a larger limit).");

    private static void Property<T>(Utf8JsonWriter writer, string name, T value)
    {
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, ExperimentJson.Options);
    }
}
