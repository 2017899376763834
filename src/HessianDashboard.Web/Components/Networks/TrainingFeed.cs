using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Components.Networks;

/// <summary>
/// Reads a run's Metric and Progress events from a cursor (as <see cref="IRunRunner.Events"/> returns them): new points
/// per named curve in <see cref="Curves"/> order, the latest stage text, and whether the terminal event was read.
/// </summary>
internal sealed class TrainingFeed(IReadOnlyList<string> curves)
{
    public IReadOnlyList<string> Curves { get; } = curves;

    public long Cursor { get; private set; }

    public bool Finished { get; private set; }

    public string? Stage { get; private set; }

    /// <summary>New points per curve (index = position in <see cref="Curves"/>); metrics of other names are ignored.</summary>
    public List<ChartPoint>[] Consume(IReadOnlyList<RunEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var points = Curves.Select(_ => new List<ChartPoint>()).ToArray();
        foreach (var e in events)
        {
            if (e.Sequence < Cursor) continue;
            Cursor = e.Sequence + 1;
            Finished |= e.IsTerminal;
            if (e is { Kind: RunEventKind.Progress, Progress: { } progress }) Stage = progress.Stage;
            if (e is { Kind: RunEventKind.Metric, Metric: { } metric } && IndexOf(metric.Name) is { } i && double.IsFinite(metric.Y))
                points[i].Add(new ChartPoint(metric.X, metric.Y));
        }
        return points;
    }

    private int? IndexOf(string name)
    {
        for (int i = 0; i < Curves.Count; i++) if (string.Equals(Curves[i], name, StringComparison.Ordinal)) return i;
        return null;
    }
}
