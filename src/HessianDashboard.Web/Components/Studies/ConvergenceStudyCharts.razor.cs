using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Lab;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Studies;

/// <summary>Groups a convergence study's points by spectrum or by variant into one chart each.</summary>
public sealed partial class ConvergenceStudyCharts
{
    private ConvergenceStudyResult? _shown;
    private bool _bySpectrum = true;
    private IReadOnlyList<StudyChart> _charts = [];

    [Parameter, EditorRequired]
    public ConvergenceStudyResult Result { get; set; } = default!;

    private string Subtitle => $"n = {Result.N}, ε = {Result.Epsilon:G3}; band: mean ± sd over the runs";

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(Result, _shown)) return;
        _shown = Result;
        Build();
    }

    private void SetView(bool bySpectrum)
    {
        _bySpectrum = bySpectrum;
        Build();
    }

    private void Build()
    {
        var points = Result.Points;
        if (points.Length == 0)
        {
            _charts = [];
            return;
        }
        var spectra = points.Select(p => p.Spectrum).Distinct().Order().ToArray();
        var variants = LabFormModel.VariantOrder.Where(v => points.Any(p => p.Variant == v)).ToArray();
        (double lo, double hi) = (points.Min(p => p.Iterations), points.Max(p => p.Iterations));
        _charts = _bySpectrum
            ? [.. spectra.Select(s => Chart($"spectrum-{s}".ToLowerInvariant(), SpectrumDesigner.KindName(s),
                variants.Select(v => Group(v.ToString(), LabPalette.Of(v), p => p.Spectrum == s && p.Variant == v)), lo, hi))]
            : [.. variants.Select(v => Chart($"variant-{v}".ToLowerInvariant(), $"{v} reorthogonalisation",
                spectra.Select(s => Group(SpectrumDesigner.KindName(s), LabPalette.Categories[(int)s % LabPalette.Categories.Length], p => p.Spectrum == s && p.Variant == v)), lo, hi))];
    }

    private StudySeries.Group Group(string name, string color, Func<ConvergencePoint, bool> member) =>
        new(name, color, [.. Result.Points.Where(member).OrderBy(p => p.Iterations).Select(p => ((double)p.Iterations, p.Converged))]);

    private StudyChart Chart(string key, string title, IEnumerable<StudySeries.Group> groups, double lo, double hi)
    {
        // A band whose mean − sd ≤ 0 has no logarithm: it starts at the smallest positive run count, else at the mean.
        var series = StudySeries.BandsAndLines([.. groups.Where(g => g.Points.Count > 0)], s => s.Min > 0 ? s.Min : s.Mean);
        // y from the smallest positive mean (a count averaged over runs may be ½) or 1, up to n.
        double smallest = Result.Points.Select(p => p.Converged.Mean).Where(m => m > 0).DefaultIfEmpty(1).Min();
        var options = StudySeries.Options(series, "iterations m", (lo, hi), "converged eigenvalues", (Math.Min(1, smallest), Result.N));
        return new StudyChart(key, title, options, series);
    }

    private sealed record StudyChart(string Key, string Title, ApexChartOptions Options, IReadOnlyList<ChartSeries> Series);
}
