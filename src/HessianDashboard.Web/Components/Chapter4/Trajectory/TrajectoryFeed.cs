using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Lab;

namespace HessianDashboard.Web.Components.Chapter4.Trajectory;

/// <summary>
/// Reads a trajectory run's events from a cursor: each checkpoint's Lanczos steps (series "step N", through the lab's
/// <see cref="LabRunFeed"/>, one ladder per checkpoint) and the Metric points (losses, λmax, λmin, outliers).
/// </summary>
internal sealed class TrajectoryFeed(TrajectoryPlan plan)
{
    public LabRunFeed Ladders { get; } = new([.. plan.Steps.Select(TrajectoryPlan.SeriesOf)], plan.Iterations);

    public long Cursor => Ladders.Cursor;

    public bool Finished => Ladders.Finished;

    /// <summary>The new ladder points per checkpoint and the new metric points.</summary>
    public (LabFeedBatch Steps, IReadOnlyList<RunMetric> Metrics) Consume(IReadOnlyList<RunEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var metrics = events.Where(e => e.Sequence >= Cursor && e is { Kind: RunEventKind.Metric, Metric: not null }).Select(e => e.Metric!).ToList();
        return (Ladders.Consume(events), metrics);
    }
}
