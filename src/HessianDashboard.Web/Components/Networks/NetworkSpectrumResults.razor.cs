using System.Globalization;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Web.Components.Charts.Config;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Networks;

/// <summary>The end of a network spectrum run (thesis Fig 4.2): Ritz values against the extreme exact eigenvalues, the exact spectrum.</summary>
public sealed partial class NetworkSpectrumResults
{
    private ApexChartOptions _ritzOptions = new(), _linearOptions = new(), _logOptions = new();
    private IReadOnlyList<ChartSeries> _ritzSeries = [], _linearSeries = [], _logSeries = [];
    private string _manifest = "";

    [Parameter, EditorRequired]
    public NetworkSpectrumResult Result { get; set; } = default!;

    private string RitzSubtitle => Result.ExactEigenvalues is { Length: > 0 } exact
        ? $"The {Result.Lanczos.Ritz.Length} Ritz values (purple) ascending, over the {Math.Min(exact.Length, Result.Lanczos.Ritz.Length) / 2} smallest and {Math.Min(exact.Length, Result.Lanczos.Ritz.Length) - Math.Min(exact.Length, Result.Lanczos.Ritz.Length) / 2} largest exact eigenvalues (grey)"
        : $"The {Result.Lanczos.Ritz.Length} Ritz values ascending (no exact spectrum computed)";

    protected override void OnParametersSet()
    {
        var ritz = Result.Lanczos.Ritz;
        var exact = Result.ExactEigenvalues;
        var series = new List<ChartSeries>();
        series.Add(new ChartSeries("exact (extremes)", exact is { Length: > 0 } ? SpectrumSeries.ExtremeExact(exact, ritz.Length) : []));
        series.Add(new ChartSeries("Ritz values", SpectrumSeries.Ritz(ritz)));
        _ritzSeries = series;
        _ritzOptions = NetworkCharts.RitzVersusExact(Math.Max(1, ritz.Length));
        if (exact is { Length: > 0 })
        {
            var linear = SpectrumSeries.Histogram(exact, logCount: false);
            double largest = linear.Length == 0 ? 1 : linear.Max(p => p.Y);
            (_linearOptions, _linearSeries) = (NetworkCharts.Histogram(false, largest, exact[0], exact[^1]), [new ChartSeries("count", linear)]);
            (_logOptions, _logSeries) = (NetworkCharts.Histogram(true, largest, exact[0], exact[^1]), [new ChartSeries("count", SpectrumSeries.Histogram(exact, logCount: true))]);
        }
        _manifest = ExperimentJson.Serialize(Result.Manifest);
    }

    internal static string Timings(NetworkSpectrumResult r)
    {
        var parts = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"data {r.DataSeconds:0.00} s"),
            string.Create(CultureInfo.InvariantCulture, $"graph {r.SetupSeconds:0.00} s"),
            string.Create(CultureInfo.InvariantCulture, $"Lanczos {r.LanczosSeconds:0.00} s ({r.SecondsPerProduct * 1000:0.0} ms per product)"),
        };
        if (r.ExactSeconds is { } exact) parts.Add(string.Create(CultureInfo.InvariantCulture, $"exact Hessian {exact:0.00} s"));
        if (r.EigenSeconds is { } eigen) parts.Add(string.Create(CultureInfo.InvariantCulture, $"eigenvalues {eigen:0.00} s"));
        if (r.ExactReused) parts.Add("exact spectrum reused (not recomputed)");
        return string.Join(" · ", parts);
    }
}
