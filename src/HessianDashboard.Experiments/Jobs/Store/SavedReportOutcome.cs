namespace HessianDashboard.Experiments.Jobs.Store;

/// <summary>What became of a save or delete of a saved report.</summary>
public enum SavedReportOutcome
{
    /// <summary>Saved, or deleted.</summary>
    Done,

    /// <summary>No report has that id (never saved, or deleted since).</summary>
    NotFound,

    /// <summary>The report belongs to someone else (<see cref="SavedReport.MayChange"/>); nothing changed.</summary>
    NotOwner,
}
