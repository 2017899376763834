namespace HessianDashboard.Web.Components.Runs;

/// <summary>One table of a run offered as a CSV download.</summary>
/// <param name="Name">What it holds, e.g. "Steps".</param>
/// <param name="FileName">The download's name, e.g. <c>run-a1b2c3-steps.csv</c>.</param>
/// <param name="Rows">Its data rows.</param>
/// <param name="Content">The CSV document (header row first).</param>
public sealed record RunCsvTable(string Name, string FileName, int Rows, string Content);
