using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Charts.Config;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Chapter4.Trajectory;

/// <summary>
/// The ridgeline of a <see cref="TrajectoryResult"/>: starts from the run's <see cref="RidgelineView"/>; moving σ rebuilds
/// the view from the stored Lanczos runs with <see cref="RidgelineView.From"/> (same grid size), never rerunning Lanczos.
/// </summary>
public sealed partial class RidgelineCard
{
    private ApexChartOptions _options = new();
    private IReadOnlyList<ChartSeries> _series = [];
    private RidgelineView _view = new([], double.NaN, [], []);
    // Log by default: on the linear scale the outliers (≈ 1/n of the mass each) are invisible beside the bulk's peak.
    private RidgelineScale _scale = RidgelineScale.Log;
    private TrajectoryResult? _shown;
    private double _min, _max, _step;

    [Parameter, EditorRequired]
    public TrajectoryResult Result { get; set; } = default!;

    [Parameter, EditorRequired]
    public TrajectoryPlan Plan { get; set; } = default!;

    /// <summary>The view drawn now (the run's, or re-smoothed with another σ).</summary>
    internal RidgelineView View => _view;

    private string Subtitle => $"{Result.Points.Count} checkpoints, {Plan.StepName} {string.Join(", ", _view.Steps)}; σ = {TrajectoryText.Number(_view.Sigma)}";

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(Result, _shown)) return;
        _shown = Result;
        _view = Result.Ridgeline;
        var ritz = Result.Points.SelectMany(p => p.Spectrum.Lanczos.Ritz).ToArray();
        double span = ritz.Length == 0 ? 0 : ritz.Max() - ritz.Min();
        double sigma = double.IsFinite(_view.Sigma) && _view.Sigma > 0 ? _view.Sigma : 1e-3;
        (_min, _max) = span > 0 ? (Math.Min(span / 1000, sigma), Math.Max(span / 5, sigma)) : (sigma / 10, sigma * 10);
        _step = (_max - _min) / 400;
        Draw();
    }

    internal void SetSigma(double sigma)
    {
        if (Result.Points.Count == 0) return;
        var steps = Result.Points.Select(p => p.Step).ToArray();
        _view = RidgelineView.From(steps, [.. Result.Points.Select(p => p.Spectrum.Lanczos)], Math.Clamp(sigma, _min, _max), Math.Max(2, Result.Ridgeline.Grid.Length));
        Draw();
        StateHasChanged();
    }

    private void SetScale(RidgelineScale scale)
    {
        _scale = scale;
        Draw();
    }

    private void Draw()
    {
        var colors = TrajectorySeries.CheckpointColors(_view.Steps.Length);
        var (series, top) = TrajectorySeries.Ridgeline(_view, _scale, Plan.Label, colors);
        _series = series;
        double lower = _view.Grid.Length > 0 ? _view.Grid[0] : 0, upper = _view.Grid.Length > 0 ? _view.Grid[^1] : 1;
        _options = TrajectoryCharts.Ridgeline(colors, top, lower, upper);
    }
}
