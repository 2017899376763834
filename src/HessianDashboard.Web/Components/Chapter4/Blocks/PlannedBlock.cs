namespace HessianDashboard.Web.Components.Chapter4.Blocks;

/// <summary>One block of a <see cref="BlockPlan"/>: its name (as step events name their series) and its parameter count n.</summary>
public sealed record PlannedBlock(string Name, long Parameters);
