using HessianDashboard.Core.Density;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Web.Components.Charts.Config;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Lab;

/// <summary>Keeps the Gauss rule as a <see cref="SpectralDensityEstimate"/> and only re-smooths it when σ changes.</summary>
public sealed partial class SlqDensityCard
{
    private ApexChartOptions _options = new();
    private IReadOnlyList<ChartSeries> _series = [];
    private SpectralDensityEstimate? _estimate, _truth;
    private LanczosRunResult? _shown;
    private double _sigma, _min, _max, _step, _integral;

    [Parameter, EditorRequired]
    public LanczosRunResult Run { get; set; } = default!;

    /// <summary>The true eigenvalues, drawn smoothed with the same σ; empty when unknown.</summary>
    [Parameter]
    public double[] Truth { get; set; } = [];

    /// <summary>The current kernel width.</summary>
    internal double Sigma => _sigma;

    /// <summary>The rule being smoothed (the same instance for every σ).</summary>
    internal SpectralDensityEstimate? Estimate => _estimate;

    private string Subtitle => $"{Run.Variant}, m = {Run.Iterations}: φσ(t) = Σ τᵢ gσ(t − θᵢ), ∫φσ = {_integral:0.0000}";

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(Run, _shown)) return;
        _shown = Run;
        _estimate = LabDensity.Estimate(Run);
        _truth = LabDensity.Truth(Truth);
        (_min, _max, _sigma) = LabDensity.SigmaRange(_estimate);
        _step = (_max - _min) / 400;
        _options = LabCharts.Density(_truth is null ? [LabPalette.Of(Run.Variant)] : [LabPalette.Of(Run.Variant), LabPalette.Truth]);
        Resmooth();
    }

    internal void SetSigma(double sigma)
    {
        _sigma = Math.Clamp(sigma, _min, _max);
        Resmooth();
    }

    private void Resmooth()
    {
        var (estimate, truth) = LabDensity.Smooth(_estimate!, _truth, _sigma);
        _integral = estimate.Integral();
        var series = new List<ChartSeries> { Curve($"SLQ ({Run.Variant})", estimate) };
        if (truth is not null) series.Add(Curve("truth, same σ", truth));
        _series = series;
    }

    private static ChartSeries Curve(string name, DensityCurve curve) =>
        new(name, [.. curve.Grid.Select((t, g) => new ChartPoint(t, curve.Density[g]))]);
}
