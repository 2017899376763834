using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Lab;

namespace HessianDashboard.Web.Components.Chapter4.BatchSize;

/// <summary>
/// Reads a batch-size study's event log one poll at a time (as <see cref="IRunRunner.Events"/> returns it from
/// <see cref="Cursor"/> on): Step events carry their run's series ("full #1", "batch 10 #2"; see
/// <c>BatchSizeStudyJobHandler</c>) and become ladder points by <see cref="RitzRank"/> class, kept per series so any
/// run's ladder can be shown again; the Metric events each run publishes when it ends ("Lanczos seconds", then
/// "gradient norm" and, unless it broke down, "L2 to full batch", at x = the batch size) become <see cref="Rows"/>.
/// A metric names its run in <see cref="RunMetric.Label"/>; one without (stored before labels) belongs to the run of
/// the newest step (seconds) or the newest row (the others), as the study publishes them in that order.
/// </summary>
internal sealed class BatchSizeFeed(int iterations)
{
    public const string SecondsMetric = "Lanczos seconds";
    public const string GradientMetric = "gradient norm";
    public const string DistanceMetric = "L2 to full batch";

    private readonly Dictionary<string, List<ChartPoint>[]> _ladders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _steps = new(StringComparer.Ordinal);
    private readonly List<string> _series = [];
    private readonly List<BatchLiveRow> _rows = [];

    /// <summary>m as requested (a run on fewer parameters stops at their number).</summary>
    public int Iterations { get; } = iterations;

    /// <summary>Interior Ritz values are kept every Stride-th step (all of them up to m ≈ 200).</summary>
    public int Stride { get; } = LabRunFeed.LadderStride(iterations);

    public long Cursor { get; private set; }

    public bool Finished { get; private set; }

    /// <summary>The series of the newest step, or null before the first.</summary>
    public string? Current { get; private set; }

    /// <summary>Every series seen, in order.</summary>
    public IReadOnlyList<string> Series => _series;

    /// <summary>The runs that finished, in order.</summary>
    public IReadOnlyList<BatchLiveRow> Rows => _rows;

    /// <summary>The newest step of <paramref name="series"/> (0 before its first).</summary>
    public int StepOf(string series) => _steps.GetValueOrDefault(series);

    /// <summary>Every ladder point of <paramref name="series"/> so far, by colour class.</summary>
    public IReadOnlyList<List<ChartPoint>> Ladder(string series) =>
        _ladders.TryGetValue(series, out var ladder) ? ladder : [.. Enumerable.Range(0, RitzRank.Classes).Select(_ => new List<ChartPoint>())];

    /// <summary>Reads the events not read yet; returns the new ladder points per series, by colour class.</summary>
    public IReadOnlyDictionary<string, List<ChartPoint>[]> Consume(IReadOnlyList<RunEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var added = new Dictionary<string, List<ChartPoint>[]>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (e.Sequence < Cursor) continue;
            Cursor = e.Sequence + 1;
            Finished |= e.IsTerminal;
            if (e is { Kind: RunEventKind.Step, Step: { } step, Series: { } name }) AddStep(name, step, added);
            else if (e is { Kind: RunEventKind.Metric, Metric: { } metric }) AddMetric(metric);
        }
        return added;
    }

    private void AddStep(string series, LanczosStep step, Dictionary<string, List<ChartPoint>[]> added)
    {
        if (!_ladders.TryGetValue(series, out var ladder))
        {
            _ladders[series] = ladder = NewLadder();
            _series.Add(series);
        }
        if (!added.TryGetValue(series, out var fresh)) added[series] = fresh = NewLadder();
        Current = series;
        _steps[series] = step.K;
        var ritz = step.RitzValues;
        bool interior = step.K % Stride == 0 || step.K == Iterations;
        for (int i = 0; i < ritz.Length; i++)
        {
            int c = RitzRank.ClassOf(i, ritz.Length);
            if (c == RitzRank.Classes - 1 && !interior) continue;
            var point = new ChartPoint(step.K, ritz[i]);
            ladder[c].Add(point);
            fresh[c].Add(point);
        }
    }

    private void AddMetric(RunMetric metric)
    {
        if (metric.Name == SecondsMetric)
        {
            string series = metric.Label ?? Current ?? $"batch {metric.X:0}";
            _rows.Add(new BatchLiveRow(series, (int)Math.Round(metric.X), StepOf(series), metric.Y));
            return;
        }
        int row = metric.Label is { } label ? _rows.FindLastIndex(r => r.Series == label) : _rows.Count - 1;
        if (row < 0) return; // a run whose time was not read: nothing to attach the value to
        if (metric.Name == GradientMetric) _rows[row] = _rows[row] with { GradientNorm = metric.Y };
        else if (metric.Name == DistanceMetric) _rows[row] = _rows[row] with { L2 = metric.Y };
    }

    private static List<ChartPoint>[] NewLadder() => [.. Enumerable.Range(0, RitzRank.Classes).Select(_ => new List<ChartPoint>())];
}
