namespace HessianDashboard.Experiments.Jobs.Store;

/// <summary>A saved report as listed (<see cref="ISavedReportStore.ListAsync"/>): everything but its notes.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its title.</param>
/// <param name="View">What it shows (<see cref="SavedReport.View"/>).</param>
/// <param name="NotesLength">How many characters its notes have.</param>
/// <param name="Owner">Who saved it first, or null.</param>
/// <param name="CreatedAt">When it was first saved.</param>
/// <param name="UpdatedAt">When it was last saved.</param>
public sealed record SavedReportSummary(string Id, string Title, string View, int NotesLength, string? Owner, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
