namespace HessianDashboard.Web.Components.Chapter4.BatchSize;

/// <summary>
/// A finished Lanczos run of a batch-size study as the live view learns it from the run's events: its series name
/// ("batch 10 #2", "full #1"), the batch size and the metrics the experiment publishes when the run ends.
/// </summary>
/// <param name="Series">The run's series name, as its step events carry it.</param>
/// <param name="BatchSize">Samples in the Hessian batch.</param>
/// <param name="Steps">Lanczos steps taken.</param>
/// <param name="LanczosSeconds">Wall time of the steps (building the graph not included).</param>
/// <param name="GradientNorm">‖∇L‖ over the batch, once published.</param>
/// <param name="L2">L2 distance to the full batch's Ritz values, once published (none after a breakdown).</param>
public sealed record BatchLiveRow(string Series, int BatchSize, int Steps, double LanczosSeconds, double? GradientNorm = null, double? L2 = null);
