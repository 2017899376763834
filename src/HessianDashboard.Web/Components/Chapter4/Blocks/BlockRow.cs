namespace HessianDashboard.Web.Components.Chapter4.Blocks;

/// <summary>One line of the live block list.</summary>
/// <param name="Name">The block, e.g. "h0.attn".</param>
/// <param name="Parameters">Its parameter count n (null when the plan is unknown).</param>
/// <param name="State">"done", "running" or "waiting".</param>
/// <param name="LambdaMax">Its largest Ritz value once done.</param>
/// <param name="Note">What it is doing ("start vector 1 of 2, step 5 of 8"), or empty.</param>
public sealed record BlockRow(string Name, long? Parameters, string State, double? LambdaMax, string Note);
