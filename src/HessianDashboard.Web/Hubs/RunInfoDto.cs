using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Web.Hubs;

/// <summary>
/// What the hub tells clients about a run: a serialisable copy of <see cref="RunInfo"/> without its
/// object-typed request and result (those stay on the server; the events carry the steps).
/// </summary>
/// <param name="Id">The run's id, for <c>StreamRun</c> and <c>Cancel</c>.</param>
/// <param name="Kind">The job kind, e.g. <c>lanczos</c>.</param>
/// <param name="Title">A one-line description of the request.</param>
/// <param name="State">Where the run is in its life.</param>
/// <param name="Progress">Fraction done in [0, 1].</param>
/// <param name="EtaSeconds">Estimated seconds left while running with some progress, else null.</param>
/// <param name="ElapsedSeconds">Seconds from start to finish (or to now), null while queued.</param>
/// <param name="Error">Why the run failed (or why the server cancelled it), else null.</param>
/// <param name="SubmittedAt">When the run was accepted.</param>
/// <param name="StartedAt">When a worker started it.</param>
/// <param name="FinishedAt">When it reached a terminal state.</param>
/// <param name="EventCount">How many events its log holds (the next sequence number).</param>
/// <param name="Owner">Who submitted it (the signed-in user), or null for anonymous loopback use.</param>
/// <param name="Tags">Its tags.</param>
/// <param name="RerunOf">The run it re-runs, or null.</param>
public sealed record RunInfoDto(
    string Id,
    string Kind,
    string Title,
    RunState State,
    double Progress,
    double? EtaSeconds,
    double? ElapsedSeconds,
    string? Error,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    long EventCount,
    string? Owner = null,
    IReadOnlyList<string>? Tags = null,
    string? RerunOf = null)
{
    /// <summary>The copy of <paramref name="info"/>.</summary>
    public static RunInfoDto From(RunInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new RunInfoDto(info.Id, info.Kind, info.Title, info.State, info.Progress, info.Eta?.TotalSeconds,
            info.Elapsed?.TotalSeconds, info.Error, info.SubmittedAt, info.StartedAt, info.FinishedAt, info.EventCount,
            info.Owner, info.Tags, info.RerunOf);
    }
}
