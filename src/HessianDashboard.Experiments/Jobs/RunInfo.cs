using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>A snapshot of one run, for the Runs page and the API. Taking one never blocks the computation.</summary>
public sealed record RunInfo
{
    /// <summary>Short url-safe id (12 lower-case hex characters for the in-process runner).</summary>
    public required string Id { get; init; }

    /// <summary>The job kind, e.g. <c>lanczos</c> or <c>convergence-study</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>A one-line human description of the request.</summary>
    public required string Title { get; init; }

    /// <summary>Where the run is in its life.</summary>
    public required RunState State { get; init; }

    /// <summary>What was submitted.</summary>
    public required IExperimentRequest Request { get; init; }

    /// <summary>When the run was accepted.</summary>
    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>When a worker started it; null while queued (and for runs cancelled while queued).</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it reached a terminal state.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Fraction of the work done in [0, 1]; 1 once succeeded.</summary>
    public double Progress { get; init; }

    /// <summary>
    /// Remaining time estimated as elapsed · (1 − f) / f from the progress fraction f; null unless
    /// running with some progress. Assumes uniform work per unit, which Lanczos with
    /// reorthogonalisation is not (later steps cost more), so it errs on the short side.
    /// </summary>
    public TimeSpan? Eta { get; init; }

    /// <summary>The error text of a failed run.</summary>
    public string? Error { get; init; }

    /// <summary>The experiment's result: complete when succeeded, partial (or null) when cancelled.</summary>
    public object? Result { get; init; }

    /// <summary>How many events the run's log holds.</summary>
    public long EventCount { get; init; }

    /// <summary>Wall time from start to finish (or to now while running); null while queued.</summary>
    public TimeSpan? Elapsed { get; init; }

    /// <summary>Who submitted the run (the signed-in user's name), or null on a loopback dashboard without sign-in.</summary>
    public string? Owner { get; init; }

    /// <summary>User tags, e.g. "baseline" or "meeting-2026-12".</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>User notes (markdown).</summary>
    public string? Notes { get; init; }

    /// <summary>Software and machine the run ran on, and the network manifests of its result; null until it started.</summary>
    public RunManifest? Manifest { get; init; }

    /// <summary>The id of the run this one re-runs (same request), or null.</summary>
    public string? RerunOf { get; init; }

    /// <summary>The id the run had on the installation it was imported from, or null when it ran here.</summary>
    public string? ImportedFrom { get; init; }
}
