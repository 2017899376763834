using System.Text;
using System.Text.Json;
using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Experiments.Jobs.Store;

/// <summary>
/// Validates a parsed run export against this installation: format and version, a kind the catalog knows, a request of
/// that kind's type that names no server file and passes its own validation, a result of the kind's result type, a
/// terminal state with ordered times, tags and notes within the limits, and a gap-free event log. Collects every
/// problem it can as a sentence; stops early only when the document is not a run export at all.
/// </summary>
internal sealed class RunExportReader(RunJobCatalog catalog, RunImportLimits limits)
{
    private const int MaxIdLength = 64, MaxTitleLength = 1000, MaxOwnerLength = 256, MaxErrorLength = 10_000;

    private readonly List<string> _errors = [];
    private Dictionary<string, JsonElement> _fields = [];

    public RunImportResult Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return RunImportResult.Failure("A run export is one JSON object.");
        _fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.EnumerateObject())
            if (!_fields.TryAdd(property.Name, property.Value)) _errors.Add($"\"{property.Name}\" appears twice; a run export names each field once.");
        if (CheckFormat() is { } notAnExport) return RunImportResult.Failure(notAnExport);

        string? kind = Text("kind", required: true, MaxIdLength);
        var handler = kind is null ? null : catalog.FindKind(kind);
        if (kind is not null && handler is null)
            _errors.Add($"Unknown run kind '{kind}'; this installation runs: {string.Join(", ", catalog.Kinds)}.");
        string? id = Id("id", required: true);
        string? title = Text("title", required: true, MaxTitleLength);
        var state = State();
        var (submitted, started, finished) = Times(state);
        double progress = Progress();
        string? error = Text("error", required: false, MaxErrorLength);
        string? owner = Text("owner", required: false, MaxOwnerLength);
        string? importedFrom = Id("importedFrom", required: false);
        var tags = Tags();
        string? notes = Notes();
        var manifest = Typed<RunManifest>("manifest");
        var request = handler is null ? null : Request(handler);
        object? result = handler is null || state is null ? null : Result(handler, state.Value);
        var events = RunExportEvents.Read(_fields.GetValueOrDefault("events"), id ?? "", state, _errors);

        if (_errors.Count > 0 || id is null || kind is null || title is null || state is null || submitted is null || request is null)
            return RunImportResult.Failure(_errors.Count > 0 ? _errors : ["The run export is incomplete."]);
        return RunImportResult.Success(new RunExport
        {
            Id = id, Kind = handler!.Kind, Title = title, State = state.Value, SubmittedAt = submitted.Value, StartedAt = started,
            FinishedAt = finished, Progress = progress, Error = error, Owner = owner, Tags = tags, Notes = notes,
            ImportedFrom = importedFrom, Request = request, Manifest = manifest, Result = result, Events = events,
        });
    }

    private string? CheckFormat()
    {
        if (!_fields.TryGetValue("format", out var format))
            return $"This JSON is not a HessianDashboard run export: it has no \"format\" (an export starts with \"format\": \"{RunExport.FormatName}\").";
        if (format.ValueKind != JsonValueKind.String || format.GetString() != RunExport.FormatName)
            return $"The file's format is {ImportJson.Show(format)}, not \"{RunExport.FormatName}\": it is not a HessianDashboard run export.";
        if (!_fields.TryGetValue("version", out var version))
            return $"The run export has no \"version\"; this installation reads version {RunExport.CurrentVersion}.";
        if (!version.TryGetInt32(out int v))
            return $"\"version\" must be a whole number (this installation reads {RunExport.CurrentVersion}), got {ImportJson.Show(version)}.";
        if (v > RunExport.CurrentVersion)
            return $"The run export is version {v}, written by a newer HessianDashboard; this installation reads version {RunExport.CurrentVersion}. " +
                "Update it to import this run.";
        return v < 1 ? $"\"version\" must be {RunExport.CurrentVersion}, got {v}." : null;
    }

    private IExperimentRequest? Request(IRunJobHandler handler)
    {
        string type = handler.RequestType.Name;
        if (!_fields.TryGetValue("request", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            _errors.Add($"\"request\" must be a JSON object with the fields of {type}, got {(element.ValueKind == JsonValueKind.Undefined ? "nothing" : ImportJson.Show(element))}.");
            return null;
        }
        IExperimentRequest? request;
        try { request = element.Deserialize(handler.RequestType, ImportJson.Strict) as IExperimentRequest; }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            _errors.Add($"The request does not fit a '{handler.Kind}' run ({type}): {ImportJson.Clean(ex, "request", element)}");
            return null;
        }
        if (request is null) { _errors.Add("\"request\" is empty."); return null; }
        if (ServerFileReferences.Find(request) is { } path)
        {
            _errors.Add($"The request names a file on the server it ran on ({path}); an imported run may not point at server files, " +
                "so runs on uploaded matrices or checkpoint files cannot be imported.");
            return null;
        }
        try
        {
            if (request.Validate() is { Count: > 0 } invalid) _errors.Add($"The {handler.Kind} request is invalid: {string.Join(" ", invalid)}");
        }
#pragma warning disable CA1031 // a request's validation must not be able to crash an import
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _errors.Add($"The {handler.Kind} request could not be checked: {ex.Message}");
        }
        return request;
    }

    private object? Result(IRunJobHandler handler, RunState state)
    {
        if (!_fields.TryGetValue("result", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (state == RunState.Succeeded) _errors.Add("A succeeded run carries its result, but \"result\" is missing or null.");
            return null;
        }
        try
        {
            return element.Deserialize(handler.ResultType, ImportJson.Strict);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            _errors.Add($"The result does not fit a '{handler.Kind}' run's result ({ImportJson.Name(handler.ResultType)}): {ImportJson.Clean(ex, "result", element)}");
            return null;
        }
    }

    private RunState? State()
    {
        var state = Typed<RunState?>("state", required: true, "one of succeeded, failed, cancelled, interrupted");
        if (state is not { } s) return null;
        if (!Enum.IsDefined(s) || _fields["state"].ValueKind != JsonValueKind.String)
        {
            _errors.Add($"\"state\" must be one of succeeded, failed, cancelled, interrupted, got {ImportJson.Show(_fields["state"])}.");
            return null;
        }
        if (s.IsTerminal()) return s;
        _errors.Add($"Only finished runs can be imported; this one is {s.ToString().ToLowerInvariant()}. Export it again once it has finished.");
        return null;
    }

    private (DateTimeOffset? Submitted, DateTimeOffset? Started, DateTimeOffset? Finished) Times(RunState? state)
    {
        const string time = "an ISO 8601 time such as 2026-11-26T23:22:22+00:00";
        var submitted = Typed<DateTimeOffset?>("submittedAt", required: true, time);
        var started = Typed<DateTimeOffset?>("startedAt", required: false, time);
        var finished = Typed<DateTimeOffset?>("finishedAt", required: state is not null, time);
        if (state == RunState.Succeeded && started is null && _fields.GetValueOrDefault("startedAt").ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
            _errors.Add("A succeeded run has a start time, but \"startedAt\" is missing.");
        if (submitted is { } s && started is { } b && b < s) _errors.Add($"The run's times are out of order: it started ({b:O}) before it was submitted ({s:O}).");
        if ((started ?? submitted) is { } from && finished is { } f && f < from)
            _errors.Add($"The run's times are out of order: it finished ({f:O}) before it {(started is null ? "was submitted" : "started")} ({from:O}).");
        return (submitted, started, finished);
    }

    private double Progress()
    {
        double progress = Typed<double?>("progress", required: false, "a number in [0, 1]") ?? 0;
        if (progress is >= 0 and <= 1) return progress;
        _errors.Add($"\"progress\" must lie in [0, 1], got {ImportJson.Show(_fields["progress"])}.");
        return 0;
    }

    private IReadOnlyList<string> Tags()
    {
        var tags = Typed<string[]>("tags", required: false, "a list of strings") ?? [];
        if (tags.Length > limits.MaxTags) _errors.Add($"A run has at most {limits.MaxTags} tags; this one has {tags.Length}.");
        else if (tags.Any(string.IsNullOrWhiteSpace)) _errors.Add("Tags must not be empty.");
        else if (tags.FirstOrDefault(t => t.Length > limits.MaxTagLength) is { } tooLong)
            _errors.Add($"A tag has at most {limits.MaxTagLength} characters; {ImportJson.Quote(tooLong)} has {tooLong.Length}.");
        return tags;
    }

    private string? Notes()
    {
        string? notes = Text("notes", required: false, int.MaxValue);
        if (notes is not null && Encoding.UTF8.GetByteCount(notes) is var bytes && bytes > limits.MaxNotesBytes)
            _errors.Add($"Notes hold at most {RunExportInput.Size(limits.MaxNotesBytes)}; these have {RunExportInput.Size(bytes)}.");
        return notes;
    }

    private string? Id(string name, bool required)
    {
        string? id = Text(name, required, MaxIdLength);
        if (id is null || id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) return id;
        _errors.Add($"\"{name}\" must be letters, digits, '-' and '_' only, got {ImportJson.Quote(id)}.");
        return null;
    }

    private string? Text(string name, bool required, int maxLength)
    {
        string? text = Typed<string>(name, required, "a string");
        if (text is null) return null;
        if (required && string.IsNullOrWhiteSpace(text)) { _errors.Add($"\"{name}\" must not be empty."); return null; }
        if (text.Length <= maxLength) return text;
        _errors.Add($"\"{name}\" has at most {maxLength} characters, got {text.Length}.");
        return null;
    }

    private T? Typed<T>(string name, bool required = false, string? expected = null)
    {
        if (!_fields.TryGetValue(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required) _errors.Add($"The run export has no \"{name}\".");
            return default;
        }
        try
        {
            return element.Deserialize<T>(ImportJson.Strict);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            _errors.Add(expected is null
                ? $"\"{name}\" does not fit {ImportJson.Name(typeof(T))}: {ImportJson.Clean(ex, name, element)}"
                : $"\"{name}\" must be {expected}, got {ImportJson.Show(element)}.");
            return default;
        }
    }
}
