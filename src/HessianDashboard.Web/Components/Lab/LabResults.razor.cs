using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Web.Components.Charts.Config;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Lab;

/// <summary>Draws a finished (or cancelled, partial) comparison.</summary>
public sealed partial class LabResults
{
    private ApexChartOptions _spectraOptions = new();
    private IReadOnlyList<ChartSeries> _spectraSeries = [];
    private SpectrumComparisonResult? _shown;

    [Parameter, EditorRequired]
    public SpectrumComparisonResult Result { get; set; } = default!;

    /// <summary>The run whose Gauss rule gives the density: Full when it ran, else the first.</summary>
    private LanczosRunResult? DensityRun =>
        (Result.Runs.FirstOrDefault(r => r.Variant == Reorthogonalization.Full) ?? Result.Runs.FirstOrDefault())?.Run;

    private string Epsilon => Result.Runs.Length > 0 ? Result.Runs[0].Run.Epsilon.ToString("G3") : "—";

    private string SpectraSubtitle => Result.Truth.Length > 0
        ? $"Sorted Ritz values of T_m by index, over the {Result.Truth.Length} true eigenvalues (grey)"
        : "Sorted Ritz values of T_m by index (no truth: the file's exact eigenvalues were not computed)";

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(Result, _shown)) return;
        _shown = Result;
        var series = new List<ChartSeries>();
        if (Result.Truth.Length > 0) series.Add(Indexed("truth", Result.Truth, LabPalette.Truth));
        series.AddRange(Result.Runs.Select(r => Indexed(r.Variant.ToString(), r.Run.Ritz, LabPalette.Of(r.Variant))));
        _spectraSeries = series;
        _spectraOptions = LabCharts.Spectra([.. series.Select(s => s.Color!)], [.. series.Select(s => s.Name == "truth" ? 5.0 : 2.0)],
            series.Select(s => s.Data.Count).DefaultIfEmpty(1).Max());
    }

    private static ChartSeries Indexed(string name, double[] values, string color) =>
        new(name, [.. values.Select((v, i) => new ChartPoint(i + 1, v))]) { Color = color };

    private static string Number(double? value) => value is { } v ? v.ToString("G3") : "—";
}
