namespace HessianDashboard.Experiments.Jobs.Store;

/// <summary>The outcome of <see cref="ISavedReportStore.SaveAsync"/>.</summary>
/// <param name="Outcome">Saved, unknown id or not the owner's.</param>
/// <param name="Report">The report as saved (<see cref="SavedReportOutcome.Done"/>); for <see cref="SavedReportOutcome.NotOwner"/> the report as it stays; else null.</param>
public sealed record SavedReportChange(SavedReportOutcome Outcome, SavedReport? Report);
