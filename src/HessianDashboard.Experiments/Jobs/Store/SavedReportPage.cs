namespace HessianDashboard.Experiments.Jobs.Store;

/// <summary>One page of saved reports, most recently saved first.</summary>
/// <param name="Items">The reports on this page.</param>
/// <param name="Total">How many reports there are in all.</param>
/// <param name="Page">The zero-based page index.</param>
/// <param name="PageSize">Reports per page.</param>
public sealed record SavedReportPage(IReadOnlyList<SavedReportSummary> Items, int Total, int Page, int PageSize)
{
    /// <summary>Largest page the store returns.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Whether there are reports after this page.</summary>
    public bool HasMore => (long)(Page + 1) * PageSize < Total;
}
