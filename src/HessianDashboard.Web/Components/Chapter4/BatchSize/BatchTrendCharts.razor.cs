using System.Globalization;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Lab;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Chapter4.BatchSize;

/// <summary>
/// The batch-size study's trends: runtime (with the fit's slope and R² as computed by the experiment), gradient norm
/// and the L1/L2 distances per size (mean and min–max over its batches). The full batch's distances (0 for its
/// reference run, round-off for the repeats) have no place on a log axis; the runs table lists them.
/// </summary>
public sealed partial class BatchTrendCharts
{
    private BatchSizeStudyResult? _shown;
    private ApexChartOptions _runtimeOptions = new(), _gradientOptions = new(), _distanceOptions = new();
    private IReadOnlyList<ChartSeries> _runtimeSeries = [], _gradientSeries = [], _distanceSeries = [];

    [Parameter, EditorRequired]
    public BatchSizeStudyResult Result { get; set; } = default!;

    private string? Slope => Result.RuntimeFit?.Slope.ToString("R", CultureInfo.InvariantCulture);

    private string? RSquared => Result.RuntimeFit?.RSquared.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Whether every run was timed after untimed warm-up products on its batch.</summary>
    private bool WarmupFree => Result.Runs.Count > 0 && Result.Runs.All(r => r.WarmupProducts > 0);

    private string WarmupNote => WarmupFree
        ? $"Each run was timed after {Result.Runs.Max(r => r.WarmupProducts)} untimed products on its batch: the first products on a new batch shape pay one-off costs (kernel warm-up, first allocations) that would otherwise land in its time."
        : "Timed without a warm-up (stored before warm-ups existed): a size's first run may include one-off costs; the median per size discounts a single slow run.";

    private string FitOver(PowerLawFit fit) => Result.RuntimeFitOnMedians
        ? $"the medians of {fit.Points} batch sizes"
        : $"{fit.Points} runs";

    private string DistanceSubtitle => $"Sorted Ritz values index by index against the full batch's first run (m = {Result.Full?.Ritz.Length ?? Result.Request.Iterations}), log-log; band: min–max over the batches";

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(Result, _shown)) return;
        _shown = Result;
        (_runtimeOptions, _runtimeSeries) = BatchSizeCharts.Runtime(Result);
        var bySize = Result.Runs.GroupBy(r => r.BatchSize).OrderBy(g => g.Key).ToArray();
        (_gradientOptions, _gradientSeries) = BatchSizeCharts.Bands(
            [new BatchSizeCharts.Group("‖∇L‖", LabPalette.Categories[2], [.. bySize.Select(g => (g.Key, g.Select(r => r.GradientNorm).ToArray()))])], "‖∇L‖ (log)");
        var small = bySize.Where(g => !g.First().IsFull).ToArray();
        BatchSizeCharts.Group Distance(string name, string color, Func<BatchRun, double?> of) =>
            new(name, color, [.. small.Select(g => (g.Key, g.Select(of).OfType<double>().ToArray())).Where(p => p.Item2.Length > 0)]);
        var groups = new[] { Distance("L1", LabPalette.Categories[0], r => r.L1), Distance("L2", LabPalette.Categories[1], r => r.L2) };
        (_distanceOptions, _distanceSeries) = groups.Any(g => g.Points.Count > 0) ? BatchSizeCharts.Bands(groups, "distance (log)") : (new ApexChartOptions(), []);
    }
}
