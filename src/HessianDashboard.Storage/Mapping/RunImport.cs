using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;

namespace HessianDashboard.Storage.Mapping;

/// <summary>An exported run as it is stored here: a new id and owner, everything else kept, its origin remembered.</summary>
internal static class RunImport
{
    public static RunInfo ToInfo(RunExport run, string id, string? owner) => new()
    {
        Id = id,
        Kind = run.Kind,
        Title = run.Title,
        State = run.State,
        Request = run.Request,
        SubmittedAt = run.SubmittedAt,
        StartedAt = run.StartedAt,
        FinishedAt = run.FinishedAt,
        Progress = run.Progress,
        Error = run.Error,
        Result = run.Result,
        EventCount = run.Events.Count,
        Elapsed = run.StartedAt is { } s && run.FinishedAt is { } f ? f - s : null,
        Owner = owner,
        Tags = run.Tags,
        Notes = run.Notes,
        Manifest = run.Manifest,
        ImportedFrom = run.Id,
    };
}
