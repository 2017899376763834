namespace HessianDashboard.Storage.Mapping;

/// <summary>The header columns a history page needs (no manifest, events or result), as one query projects them.</summary>
internal sealed record RunHeaderRow(
    string Id,
    long Ordinal,
    string Kind,
    string Title,
    string State,
    long SubmittedTicks,
    long? StartedTicks,
    long? FinishedTicks,
    double Progress,
    string? Error,
    string? Owner,
    string? Notes,
    string? RerunOf,
    string? ImportedFrom,
    string RequestJson,
    long EventCount,
    List<string> Tags);
