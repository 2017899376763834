namespace HessianDashboard.Experiments.Jobs.Store;

/// <summary>A saved review report.</summary>
/// <param name="Id">Its id (<see cref="SavedReportIds"/>).</param>
/// <param name="Title">Its title (one line).</param>
/// <param name="View">What it shows: the report page's query without title and notes (runs, charts, layout), e.g. <c>runs=a,b&amp;layout=per-run</c>.</param>
/// <param name="Notes">Its notes (markdown), exactly as written.</param>
/// <param name="Owner">Who saved it first, or null when saved anonymously.</param>
/// <param name="CreatedAt">When it was first saved.</param>
/// <param name="UpdatedAt">When it was last saved.</param>
public sealed record SavedReport(string Id, string Title, string View, string Notes, string? Owner, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>
    /// Whether <paramref name="user"/> may change or delete a report owned by <paramref name="owner"/>: its owner may;
    /// anyone may change a report saved without an owner; a caller without a name (possible only where no sign-in is
    /// required, a loopback server) may change any, as anyone there may annotate or delete any run.
    /// </summary>
    public static bool MayChange(string? owner, string? user) => owner is null || user is null || string.Equals(owner, user, StringComparison.Ordinal);
}
