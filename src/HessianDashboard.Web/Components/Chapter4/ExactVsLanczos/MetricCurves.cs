using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Torch.Training;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Networks;

namespace HessianDashboard.Web.Components.Chapter4.ExactVsLanczos;

/// <summary>One named Metric curve of the run and how it is drawn.</summary>
/// <param name="Metric">The metric's name as published (e.g. "mnist train loss").</param>
/// <param name="Color">Its data set's colour.</param>
/// <param name="Dashed">Dashed (test loss, the initialisation's converged count) or solid.</param>
internal sealed record MetricCurve(string Metric, string Color, bool Dashed);

/// <summary>
/// Live line charts from the run's Metric events: the training losses (per epoch) and the converged counts (per Lanczos
/// step, published when a state's exact spectrum is known). A few hundred points at most, so each change rebuilds the
/// chart's series; a curve without points (no held-out split, a reused training run that published nothing, a state
/// not reached) gets no series and no legend entry.
/// </summary>
internal sealed class MetricCurves
{
    private readonly MetricCurve[] _curves;
    private readonly TrainingFeed _feed;
    private readonly List<ChartPoint>[] _points;
    private readonly Func<ApexChartOptions> _options;

    private MetricCurves(IEnumerable<MetricCurve> curves, Func<ApexChartOptions> options)
    {
        _curves = [.. curves];
        _feed = new TrainingFeed([.. _curves.Select(c => c.Metric)]);
        _points = [.. _curves.Select(_ => new List<ChartPoint>())];
        _options = options;
    }

    /// <summary>Train (solid) and test (dashed) loss per epoch of every data set, x up to the longest Table 4.1 schedule.</summary>
    public static MetricCurves Losses(ExactVsLanczosRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ids = ExactVsLanczosSeries.Ids(request);
        int epochs = request.Epochs ?? ids.Max(id => MlpTrainingOptions.ThesisEpochs(ExactVsLanczosSeries.DisplayName(id)) ?? new MlpTrainingOptions().Epochs);
        return new MetricCurves(
            ids.SelectMany(id => new[] { new MetricCurve(ExactVsLanczosSeries.TrainLoss(id), ExactVsLanczosSeries.ColorOf(id), false), new MetricCurve(ExactVsLanczosSeries.TestLoss(id), ExactVsLanczosSeries.ColorOf(id), true) }),
            () => NetworkCharts.Loss("epoch", epochs));
    }

    /// <summary>The converged count after each step k of every state: initialisation dashed, trained solid.</summary>
    public static MetricCurves Converged(ExactVsLanczosRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var curves = ExactVsLanczosSeries.Ids(request).SelectMany(id => ExactVsLanczosSeries.Stages.Select(stage =>
            new MetricCurve(ExactVsLanczosSeries.Converged(id, stage), ExactVsLanczosSeries.ColorOf(id), stage == ExactVsLanczosSeries.Stages[0])));
        return new MetricCurves(curves, () => ExactVsLanczosCharts.ConvergedAxes(request.Iterations));
    }

    /// <summary>The sequence of the next event to read.</summary>
    public long Cursor => _feed.Cursor;

    /// <summary>Points received so far.</summary>
    public int PointCount => _points.Sum(p => p.Count);

    public ApexChartOptions Options { get; private set; } = new();

    public IReadOnlyList<ChartSeries> Series { get; private set; } = [];

    /// <summary>Reads new points; true when the chart changed (new <see cref="Options"/> and <see cref="Series"/>).</summary>
    public bool Consume(IReadOnlyList<RunEvent> events)
    {
        var added = _feed.Consume(events);
        if (added.All(a => a.Count == 0)) return false;
        for (int i = 0; i < added.Length; i++) _points[i].AddRange(added[i]);
        var shown = Enumerable.Range(0, _curves.Length).Where(i => _points[i].Count > 0).ToArray();
        Series = [.. shown.Select(i => new ChartSeries(_curves[i].Metric, [.. _points[i]]) { Color = _curves[i].Color })];
        Options = _options() with
        {
            Colors = [.. shown.Select(i => _curves[i].Color)],
            Stroke = new StrokeOptions { Width = [.. shown.Select(_ => 2.0)], DashArray = [.. shown.Select(i => _curves[i].Dashed ? 5.0 : 0)], Curve = "straight" },
            Markers = new MarkerOptions { Size = PointCount > 200 ? 0 : 3 },
        };
        return true;
    }
}
