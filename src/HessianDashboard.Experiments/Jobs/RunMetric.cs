namespace HessianDashboard.Experiments.Jobs;

/// <summary>One point of a named curve a job publishes while it runs, e.g. ("train loss", step 120, 1.87).</summary>
/// <param name="Name">The curve.</param>
/// <param name="X">Its abscissa (step, epoch, batch size …).</param>
/// <param name="Y">Its value.</param>
public sealed record RunMetric(string Name, double X, double Y);
