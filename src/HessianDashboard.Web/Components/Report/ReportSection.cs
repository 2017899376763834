using HessianDashboard.Web.Components.Compare;

namespace HessianDashboard.Web.Components.Report;

/// <summary>One section of a report (a printed page or more): a heading, its charts, the metrics of some runs, notes.</summary>
/// <param name="Heading">The section's heading.</param>
/// <param name="Charts">The overlays drawn in it, in order.</param>
/// <param name="MetricsRuns">The runs whose metrics table it shows; empty for none.</param>
/// <param name="Notes">Lines saying why something is missing (an unknown run, a study without spectrum).</param>
public sealed record ReportSection(string Heading, IReadOnlyList<CompareChart> Charts, IReadOnlyList<ComparedRun> MetricsRuns, IReadOnlyList<string> Notes);
