using HessianDashboard.Experiments.Common;

namespace HessianDashboard.Experiments.Jobs.Store;

/// <summary>
/// A run as a portable JSON document (export and import between installations): header, request, manifest,
/// result, events, tags and notes. <see cref="Request"/> and <see cref="Result"/> are typed by <see cref="Kind"/>
/// through the <see cref="RunJobCatalog"/>; see <c>RunExportJson</c> for reading (validated) and writing.
/// </summary>
public sealed record RunExport
{
    /// <summary>The value of <see cref="Format"/> in every export.</summary>
    public const string FormatName = "hessian-dashboard-run";

    /// <summary>The version written; readers accept this one.</summary>
    public const int CurrentVersion = 1;

    public string Format { get; init; } = FormatName;
    public int Version { get; init; } = CurrentVersion;

    /// <summary>The run's id where it was exported.</summary>
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }

    /// <summary>A terminal state: only finished runs are exported.</summary>
    public required RunState State { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public double Progress { get; init; }
    public string? Error { get; init; }
    public string? Owner { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Notes { get; init; }

    /// <summary>Where the exported run itself came from, when it was imported there (e.g. "a1b2c3d4e5f6").</summary>
    public string? ImportedFrom { get; init; }

    public required IExperimentRequest Request { get; init; }
    public RunManifest? Manifest { get; init; }
    public object? Result { get; init; }
    public IReadOnlyList<RunEvent> Events { get; init; } = [];
}
