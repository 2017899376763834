using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Charts.Config;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Chapter4.Trajectory;

/// <summary>The end of a trajectory run (thesis A.4–A.6, Fig 4.5/4.6), complete or cancelled with the checkpoints done.</summary>
public sealed partial class TrajectoryResults
{
    private ApexChartOptions _extremesOptions = new(), _lossOptions = new(), _gapOptions = new(), _ratioOptions = new();
    private IReadOnlyList<ChartSeries> _extremes = [], _loss = [], _gap = [], _ratio = [];
    private TrajectoryResult? _shown;

    [Parameter, EditorRequired]
    public TrajectoryResult Result { get; set; } = default!;

    [Parameter, EditorRequired]
    public TrajectoryPlan Plan { get; set; } = default!;

    private string LossSubtitle => Result.Losses.Any(l => l.TestLoss is not null)
        ? $"Training-set estimate and {Plan.HeldOutName} per {Plan.StepName}"
        : $"Training-set loss per {Plan.StepName} (no held-out split: {Result.DataNote})";

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(Result, _shown)) return;
        _shown = Result;
        var points = Result.Points;
        string x = Plan.StepName;
        var axis = Plan.CheckpointAxis;
        LiveCurve Curve(string label, string color) => new(label, [], color, 2, 5);

        var max = Curve("λmax", TrajectoryCharts.MaxColor);
        var min = Curve("λmin", TrajectoryCharts.MinColor);
        _extremes = [Series(max, TrajectorySeries.PerStep(points, p => p.LambdaMax)), Series(min, TrajectorySeries.PerStep(points, p => p.LambdaMin))];
        _extremesOptions = TrajectoryCharts.Curves(x, "eigenvalue", [max, min], TickFormat.Fixed2, axis);

        var losses = new List<(LiveCurve Curve, ChartPoint[] Points)> { (Curve("train loss", TrajectoryCharts.TrainColor), [.. Result.Losses.Select(l => new ChartPoint(l.Step, l.TrainLoss))]) };
        var held = Result.Losses.Where(l => l.TestLoss is not null).Select(l => new ChartPoint(l.Step, l.TestLoss!.Value)).ToArray();
        if (held.Length > 0) losses.Add((Curve(Plan.HeldOutName, TrajectoryCharts.HeldOutColor), held)); // no empty legend entry without a held-out split
        _loss = [.. losses.Select(l => Series(l.Curve, l.Points))];
        _lossOptions = TrajectoryCharts.Curves(x, "loss", [.. losses.Select(l => l.Curve)], TickFormat.Fixed2, Plan.TrainingAxis);

        var gap = Curve("λ1 − λ2", TrajectoryCharts.MaxColor);
        var ratio = Curve("λ1/λ2", TrajectoryCharts.SecondColor);
        (_gap, _gapOptions) = ([Series(gap, TrajectorySeries.PerStep(points, p => p.TopGap))], TrajectoryCharts.Curves(x, "λ1 − λ2", [gap], TickFormat.Fixed2, axis));
        (_ratio, _ratioOptions) = ([Series(ratio, TrajectorySeries.PerStep(points, p => p.TopRatio))], TrajectoryCharts.Curves(x, "λ1/λ2", [ratio], TickFormat.Fixed2, axis));
    }

    private static ChartSeries Series(LiveCurve curve, ChartPoint[] points) => new(curve.Label, points) { Color = curve.Color };
}
