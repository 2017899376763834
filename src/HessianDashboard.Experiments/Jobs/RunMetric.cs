namespace HessianDashboard.Experiments.Jobs;

/// <summary>One point of a named curve a job publishes while it runs, e.g. ("train loss", step 120, 1.87).</summary>
/// <param name="Name">The curve.</param>
/// <param name="X">Its abscissa (step, epoch, batch size …).</param>
/// <param name="Y">Its value.</param>
/// <param name="Label">
/// Which run of a job of several runs the point belongs to, as that run's Step events name their series
/// (e.g. "batch 100 #2" in a batch-size study); null when the job does not say (one run, or events stored before
/// labels existed — readers then fall back to the latest run).
/// </param>
public sealed record RunMetric(string Name, double X, double Y, string? Label = null);
