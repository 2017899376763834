namespace HessianDashboard.Experiments.Jobs.Store;

/// <summary>
/// Where review reports (the dashboard's <c>/report</c> page) are saved: title, view (runs, charts, layout), notes,
/// owner and times, across restarts and browsers. Implemented beside the run store (HessianDashboard.Storage, same
/// database). Every method is safe to call from several threads at once. A report may be changed or deleted by its
/// owner; one saved without an owner, or a caller without a name (a loopback server without sign-in), by anyone
/// (<see cref="SavedReport.MayChange"/>).
/// </summary>
public interface ISavedReportStore
{
    /// <summary>
    /// Creates a report (<see cref="SavedReportDraft.Id"/> null: a new id, owned by <paramref name="user"/>) or updates
    /// one (its title, view and notes; owner and creation time stay).
    /// </summary>
    /// <param name="draft">What to save; must be valid (<see cref="SavedReportDraft.Validate"/>).</param>
    /// <param name="user">Who saves (the signed-in user), or null when anonymous.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The outcome, and the report as saved when <see cref="SavedReportOutcome.Done"/>.</returns>
    /// <exception cref="ArgumentException">The draft is invalid.</exception>
    Task<SavedReportChange> SaveAsync(SavedReportDraft draft, string? user, CancellationToken cancellationToken = default);

    /// <summary>The report, or null when unknown (an invalid id is unknown too).</summary>
    Task<SavedReport?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>One page of reports, most recently saved first (ties: id); notes are not loaded.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative page, or a page size outside [1, <see cref="SavedReportPage.MaxPageSize"/>].</exception>
    Task<SavedReportPage> ListAsync(int page, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>Deletes the report if <paramref name="user"/> may (<see cref="SavedReport.MayChange"/>).</summary>
    Task<SavedReportOutcome> DeleteAsync(string id, string? user, CancellationToken cancellationToken = default);
}
