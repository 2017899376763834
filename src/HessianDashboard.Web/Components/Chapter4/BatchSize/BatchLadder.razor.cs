using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Lab;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Chapter4.BatchSize;

/// <summary>
/// A live Ritz ladder (thesis Fig 3.3, coloured by <see cref="RitzRank"/>) that shows one run of a study at a time in
/// one chart: <see cref="Show"/> replaces what is drawn by another run's points so far, <see cref="Add"/> queues new
/// points of the run shown, <see cref="FlushAsync"/> sends them. A study's runs can follow each other every few
/// milliseconds, so the chart is kept rather than recreated per run (a chart removed while the browser is still
/// creating it fails there).
/// </summary>
public sealed partial class BatchLadder
{
    private ChartCard? _card;
    private ApexChartOptions _options = new();
    private IReadOnlyList<ChartSeries> _series = [];
    private readonly List<ChartPoint>[] _pending = [.. Enumerable.Range(0, RitzRank.Classes).Select(_ => new List<ChartPoint>())];
    private IReadOnlyList<ChartSeries>? _replacement;
    private int _count;
    private bool _retitled;

    /// <summary>m, which fixes the x axis.</summary>
    [Parameter, EditorRequired]
    public int Steps { get; set; }

    /// <summary>Interior values are drawn every Stride-th step.</summary>
    [Parameter]
    public int Stride { get; set; } = 1;

    /// <summary>The run drawn (its series name), or null before the first.</summary>
    public string? Shown { get; private set; }

    private string Subtitle => Stride == 1
        ? "Each × is a Ritz value of T_k; extremes purple, 2nd red, 3rd green"
        : $"Extremes purple, 2nd red, 3rd green every step; interior values every {LadderChart.Ordinal(Stride)} step";

    protected override void OnInitialized()
    {
        _options = LabCharts.Ladder(Steps);
        _series = Empty();
    }

    /// <summary>Draws <paramref name="series"/> instead of the run shown, with <paramref name="points"/> (by colour class) so far.</summary>
    internal void Show(string series, IReadOnlyList<List<ChartPoint>> points)
    {
        Shown = series;
        _retitled = true;
        _replacement = [.. RitzRank.Names.Select((name, c) => new ChartSeries(name, [.. points[c]]) { Color = RitzRank.Colors[c] })];
        foreach (var p in _pending) p.Clear();
    }

    /// <summary>Queues new points of the run shown, by colour class.</summary>
    internal void Add(IReadOnlyList<List<ChartPoint>> points)
    {
        for (int c = 0; c < points.Count; c++) _pending[c].AddRange(points[c]);
    }

    /// <summary>Sends what changed once the chart component exists (the chart itself catches up once the browser made it); true when nothing is left.</summary>
    internal async Task<bool> FlushAsync()
    {
        if (_card?.Chart is not { } chart) return _replacement is null && _pending.All(p => p.Count == 0);
        int before = _count;
        if (_replacement is { } replacement)
        {
            _replacement = null;
            await chart.UpdateSeriesAsync(replacement);
            _count = replacement.Sum(s => s.Data.Count);
        }
        if (_pending.Any(p => p.Count > 0))
        {
            var additions = _pending.Select((p, c) => new ChartSeries(RitzRank.Names[c], [.. p])).ToArray();
            foreach (var p in _pending) p.Clear();
            await chart.AppendAsync(additions);
            _count += additions.Sum(a => a.Data.Count);
        }
        if (_count != before || _retitled) StateHasChanged();
        _retitled = false;
        return true;
    }

    private static ChartSeries[] Empty() => [.. RitzRank.Names.Select((name, c) => new ChartSeries(name, []) { Color = RitzRank.Colors[c] })];
}
