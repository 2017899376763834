namespace HessianDashboard.Storage.Entities;

/// <summary>
/// A saved review report (table <c>SavedReports</c>). Instants are <see cref="DateTimeOffset.UtcTicks"/>, like the runs'.
/// <see cref="Notes"/> is stored exactly as given (no cleaning), so it reads back bit for bit.
/// </summary>
public sealed class SavedReportEntity
{
    /// <summary>12 lower-case hex characters (<see cref="Experiments.Jobs.Store.SavedReportIds"/>).</summary>
    public required string Id { get; set; }

    public required string Title { get; set; }

    /// <summary>The report page's query without title and notes (runs, charts, layout).</summary>
    public required string View { get; set; }

    public required string Notes { get; set; }

    /// <summary>The notes' length in characters (listed without loading the notes).</summary>
    public int NotesLength { get; set; }

    public string? Owner { get; set; }

    public long CreatedTicks { get; set; }

    public long UpdatedTicks { get; set; }
}
