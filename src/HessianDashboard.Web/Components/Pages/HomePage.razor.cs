using HessianDashboard.Core.Synthetic;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Options;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace HessianDashboard.Web.Components.Pages;

/// <summary>What the app is, one example chart, and where the documentation is.</summary>
public sealed partial class HomePage
{
    private const int SpectrumSize = 3000;
    private const int SpectrumSeed = 1;

    private static readonly DocumentLink[] Docs =
    [
        new("README", "the two commands and the layout of the repository;", "README.md"),
        new("Lanczos", "the algorithm, its variants and convergence;", "docs/algorithms/lanczos.md"),
        new("Stochastic Lanczos quadrature", "spectral densities;", "docs/algorithms/slq.md"),
        new("Power iteration", "the largest eigenvalues;", "docs/algorithms/power-iteration.md"),
        new("Trace estimation", "Hutchinson and Hutch++;", "docs/algorithms/trace-estimation.md"),
        new("Hessian-vector products", "double backward, chunking, the exact Hessian;", "docs/algorithms/hessian-vector-products.md"),
        new("Chapter 4 spectra", "outliers, negative mass, batch-size distances;", "docs/algorithms/chapter4-spectra.md"),
        new("Spectra along training", "ridgelines, heatmaps, block spectra, Jensen–Shannon;", "docs/algorithms/training-spectra.md"),
        new("Experiments", "each thesis figure and the command that reproduces it;", "docs/experiments.md"),
        new("Decisions", "why things are the way they are;", "docs/decisions/"),
    ];

    private readonly ApexChartOptions _spectrumOptions = new()
    {
        Chart = new ChartSettings { Type = ApexChartType.Line, Height = "320", Zoom = ChartToggle.On },
        Xaxis = new AxisOptions { Title = new AxisTitle("index i"), TickAmount = 6, Labels = new AxisLabels { Format = TickFormat.Integer } },
        Yaxis = new AxisOptions { Title = new AxisTitle("eigenvalue λᵢ"), Labels = new AxisLabels { Format = TickFormat.Fixed2 } },
        Stroke = new StrokeOptions { Width = [2], Curve = "straight" },
        Legend = new LegendOptions { Show = false },
    };

    private IReadOnlyList<ChartSeries> _spectrumSeries = [];

    [Inject]
    private IOptions<DashboardOptions> Options { get; set; } = default!;

    protected override void OnInitialized()
    {
        double[] eigenvalues = SyntheticSpectrum.Generate(new SyntheticSpectrumOptions(SpectrumKind.Custom, SpectrumSize, SpectrumSeed));
        var points = eigenvalues.Select((lambda, i) => new ChartPoint(i + 1, lambda)).ToArray();
        _spectrumSeries = [new ChartSeries("custom spectrum", points)];
    }

    private string? DocLink(string path) =>
        Options.Value.DocsBaseUrl is { } baseUrl ? new Uri(baseUrl, path).ToString() : null;

    private sealed record DocumentLink(string Title, string What, string Path);

    /// <summary>The pages a first visit is most likely after, with what each answers.</summary>
    private static readonly PageLink[] Pages =
    [
        new("Synthetic lab", "lab", Icons.Material.Filled.Science, "Lanczos variants on a designed spectrum or your Matrix Market file, live."),
        new("Exact vs Lanczos", "experiments/exact-vs-lanczos", Icons.Material.Filled.CompareArrows, "Thesis Fig 4.1–4.2 and Table 4.2: the MLP's exact Hessian against 100 Lanczos steps."),
        new("Hessian batch size", "experiments/batch-size", Icons.Material.Filled.Straighten, "Fig 4.3–4.4: runtime and spectra as the Hessian batch shrinks."),
        new("Along training", "experiments/trajectory", Icons.Material.Filled.Timeline, "Appendix A.4–A.6: the spectrum at each checkpoint, as ridgeline and heatmap."),
        new("NanoGPT", "experiments/nanogpt", Icons.Material.Filled.TextFields, "Fig 4.5–4.6: a character-level transformer's extreme eigenvalues along training."),
        new("Block spectra", "experiments/blocks", Icons.Material.Filled.ViewModule, "Per-block SLQ densities of NanoGPT and their Jensen–Shannon distances."),
    ];

    private sealed record PageLink(string Title, string Href, string Icon, string What);
}
