using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Components.Chapter4.Trajectory;

/// <summary>
/// The points of a live metric chart, per <see cref="LiveCurve"/>. A curve joins <see cref="Series"/> only when its
/// first point arrives, so a held-out loss that never comes (the MNIST test split standing in for training) leaves
/// no empty legend entry. <see cref="Series"/> is a new list instance after every change (the chart resends it).
/// </summary>
public sealed class LiveCurves(IReadOnlyList<LiveCurve> curves)
{
    private readonly List<ChartPoint>[] _points = [.. curves.Select(_ => new List<ChartPoint>())];

    public IReadOnlyList<LiveCurve> Curves { get; } = curves;

    /// <summary>The curves that have points, in <see cref="Curves"/> order.</summary>
    public IReadOnlyList<LiveCurve> Shown { get; private set; } = [];

    /// <summary>One series per shown curve.</summary>
    public IReadOnlyList<ChartSeries> Series { get; private set; } = [];

    /// <summary>All points held.</summary>
    public int PointCount => _points.Sum(p => p.Count);

    public bool IsEmpty => Shown.Count == 0;

    /// <summary>Takes the metrics some curve follows (finite values only); true when anything was added.</summary>
    public bool Add(IEnumerable<RunMetric> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        bool changed = false;
        foreach (var metric in metrics)
        {
            if (!double.IsFinite(metric.X) || !double.IsFinite(metric.Y)) continue;
            for (int i = 0; i < Curves.Count; i++)
            {
                if (!Curves[i].Metrics.Contains(metric.Name, StringComparer.Ordinal)) continue;
                _points[i].Add(new ChartPoint(metric.X, metric.Y));
                changed = true;
                break;
            }
        }
        if (!changed) return false;
        var shown = Enumerable.Range(0, Curves.Count).Where(i => _points[i].Count > 0).ToArray();
        Shown = [.. shown.Select(i => Curves[i])];
        Series = [.. shown.Select(i => new ChartSeries(Curves[i].Label, _points[i].ToArray()) { Color = Curves[i].Color })];
        return true;
    }
}
