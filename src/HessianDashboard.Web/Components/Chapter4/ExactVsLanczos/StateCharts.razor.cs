using System.Globalization;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Chapter4.ExactVsLanczos;

/// <summary>The charts of one model state: exact histogram (linear, log), outlier zoom, Ritz values over the exact extremes.</summary>
public sealed partial class StateCharts
{
    private ApexChartOptions _linearOptions = new(), _logOptions = new(), _outlierOptions = new(), _ritzOptions = new();
    private IReadOnlyList<ChartSeries> _linearSeries = [], _logSeries = [], _outlierSeries = [], _ritzSeries = [];

    [Parameter, EditorRequired]
    public StateSpectra State { get; set; } = default!;

    /// <summary>The data-set id, for test ids and export file names.</summary>
    [Parameter, EditorRequired]
    public string Dataset { get; set; } = "";

    [Parameter, EditorRequired]
    public string SeriesColor { get; set; } = "";

    private string Title => State.Epoch == 0 ? "At initialisation" : $"After training ({State.Epoch} epochs)";

    private string OutlierSubtitle
    {
        get
        {
            var o = State.Outliers;
            string found = o.Count == 0 ? "no outliers" : o.Count == 1 ? "1 outlier" : $"{o.Count} outliers";
            return $"The {o.Candidates.Length} largest eigenvalues: {found} (Sagun et al.: C\u00a0−\u00a01\u00a0=\u00a0{o.Expected}), cut at the largest ratio (λᵢ − c)/(λᵢ₊₁ − c) with c = median λ = {Value(o.BulkCentre)}";
        }
    }

    private string RitzSubtitle
    {
        get
        {
            var lanczos = State.Spectrum.Lanczos;
            return $"{lanczos.Ritz.Length} Ritz values (coloured) over the {State.ExactSmallest.Length} smallest and {State.ExactLargest.Length} largest exact eigenvalues (grey rings); {State.Converged} within ε = {NumberText.RoundTrip(lanczos.Epsilon)}";
        }
    }

    protected override void OnParametersSet()
    {
        var h = State.Histogram;
        (_linearOptions, _linearSeries) = (ExactVsLanczosCharts.HistogramOptions(h, false, SeriesColor), [new ChartSeries("count", ExactVsLanczosCharts.Histogram(h, false))]);
        (_logOptions, _logSeries) = (ExactVsLanczosCharts.HistogramOptions(h, true, SeriesColor), [new ChartSeries("count", ExactVsLanczosCharts.Histogram(h, true))]);
        (_outlierOptions, _outlierSeries) = ExactVsLanczosCharts.OutlierZoom(State.Outliers, SeriesColor);
        (_ritzOptions, _ritzSeries) = ExactVsLanczosCharts.RitzOverExact(State, SeriesColor);
    }

    private string File(string chart) => $"{Dataset}-{State.Stage}-{chart}";

    /// <summary>Four significant digits, small and large values as 1.234e-5: <c>0.7159</c>, <c>-5.545e-17</c>.</summary>
    internal static string Value(double? value) =>
        value is { } v ? NumberText.Short(v) : RunText.None;

    internal static string Percent(double fraction) => string.Create(CultureInfo.InvariantCulture, $"{fraction * 100:0.0} %");
}
