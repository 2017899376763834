using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Torch.Training;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Networks;

namespace HessianDashboard.Web.Components.Chapter4.ExactVsLanczos;

/// <summary>
/// The training-loss curves of every data set from the run's Metric events (per epoch, train solid and test dashed in
/// the data set's colour). A handful of points per epoch, so each change rebuilds the chart's series; a curve without
/// points (no held-out split, or a reused training run that published nothing) gets no series and no legend entry.
/// </summary>
internal sealed class TrainingCurves
{
    private readonly (string Id, bool Test)[] _curves;
    private readonly TrainingFeed _feed;
    private readonly List<ChartPoint>[] _points;
    private readonly int _epochs;

    public TrainingCurves(ExactVsLanczosRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ids = ExactVsLanczosSeries.Ids(request);
        _curves = [.. ids.SelectMany(id => new[] { (id, false), (id, true) })];
        _feed = new TrainingFeed([.. _curves.Select(c => c.Test ? ExactVsLanczosSeries.TestLoss(c.Id) : ExactVsLanczosSeries.TrainLoss(c.Id))]);
        _points = [.. _curves.Select(_ => new List<ChartPoint>())];
        _epochs = request.Epochs ?? ids.Max(id => MlpTrainingOptions.ThesisEpochs(ExactVsLanczosSeries.DisplayName(id)) ?? new MlpTrainingOptions().Epochs);
    }

    /// <summary>The sequence of the next event to read.</summary>
    public long Cursor => _feed.Cursor;

    /// <summary>True once the terminal event was read.</summary>
    public bool Finished => _feed.Finished;

    /// <summary>Points received so far.</summary>
    public int PointCount => _points.Sum(p => p.Count);

    public ApexChartOptions Options { get; private set; } = new();

    public IReadOnlyList<ChartSeries> Series { get; private set; } = [];

    /// <summary>Reads new loss points; true when the chart changed (new <see cref="Options"/> and <see cref="Series"/>).</summary>
    public bool Consume(IReadOnlyList<RunEvent> events)
    {
        var added = _feed.Consume(events);
        if (added.All(a => a.Count == 0)) return false;
        for (int i = 0; i < added.Length; i++) _points[i].AddRange(added[i]);
        var shown = Enumerable.Range(0, _curves.Length).Where(i => _points[i].Count > 0).ToArray();
        Series = [.. shown.Select(i => new ChartSeries(_feed.Curves[i], [.. _points[i]]) { Color = ExactVsLanczosSeries.ColorOf(_curves[i].Id) })];
        Options = NetworkCharts.Loss("epoch", _epochs) with
        {
            Colors = [.. shown.Select(i => ExactVsLanczosSeries.ColorOf(_curves[i].Id))],
            Stroke = new StrokeOptions { Width = [.. shown.Select(_ => 2.0)], DashArray = [.. shown.Select(i => _curves[i].Test ? 5.0 : 0)], Curve = "straight" },
            Markers = new MarkerOptions { Size = 3 },
        };
        return true;
    }
}
