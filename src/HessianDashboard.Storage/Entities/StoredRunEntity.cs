namespace HessianDashboard.Storage.Entities;

/// <summary>
/// One run's header row (table <c>Runs</c>): what the history lists, filters and sorts by, plus the small JSON documents
/// (request, manifest). Instants are <see cref="DateTimeOffset.UtcTicks"/> (100 ns since 0001-01-01 UTC): sortable numbers
/// in every provider (SQLite cannot compare DateTimeOffset), and exact.
/// </summary>
public sealed class StoredRunEntity
{
    /// <summary>The run id (12 lower-case hex characters for runs of this application).</summary>
    public required string Id { get; set; }

    /// <summary>Submission order; continues across restarts. Imports take the next one; not unique (see the docs).</summary>
    public long Ordinal { get; set; }

    public required string Kind { get; set; }

    public required string Title { get; set; }

    /// <summary>The <see cref="Experiments.Jobs.RunState"/> as its kebab-case name (readable in SQL, immune to reordering).</summary>
    public required string State { get; set; }

    public long SubmittedTicks { get; set; }

    public long? StartedTicks { get; set; }

    public long? FinishedTicks { get; set; }

    /// <summary>Finished − started, once both are known (the Duration sort).</summary>
    public long? DurationTicks { get; set; }

    public double Progress { get; set; }

    public string? Error { get; set; }

    public string? Owner { get; set; }

    public string? Notes { get; set; }

    /// <summary>Lower-cased title, id and notes, one per line: the history's text filter (case-insensitive in every provider).</summary>
    public required string SearchText { get; set; }

    public string? RerunOf { get; set; }

    public string? ImportedFrom { get; set; }

    /// <summary>The request as <see cref="Experiments.Common.ExperimentJson"/> text (small).</summary>
    public required string RequestJson { get; set; }

    /// <summary>The <see cref="Experiments.Jobs.RunManifest"/> as compact JSON, with its blob (Hessian batch indices).</summary>
    public string? ManifestJson { get; set; }

    public byte[]? ManifestBlob { get; set; }

    /// <summary>Events stored so far (the next chunk starts at this sequence).</summary>
    public long EventCount { get; set; }

    public List<RunTagEntity> Tags { get; set; } = [];

    public List<RunParameterEntity> Parameters { get; set; } = [];

    public List<RunEventChunkEntity> EventChunks { get; set; } = [];

    public RunResultEntity? Result { get; set; }
}
