using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;

namespace HessianDashboard.Web.Components.Lab;

/// <summary>
/// Points waiting to be appended to a live chart's series (by position). They are sent only once the chart
/// exists in the browser, so nothing is lost while it is still being created, and in one call per flush.
/// </summary>
internal sealed class LiveSeriesBuffer(IReadOnlyList<ChartSeries> series)
{
    private readonly List<ChartPoint>[] _pending = [.. series.Select(_ => new List<ChartPoint>())];

    /// <summary>Points handed to the chart so far.</summary>
    public int Sent { get; private set; }

    public bool IsEmpty => _pending.All(p => p.Count == 0);

    public void Add(int seriesIndex, IEnumerable<ChartPoint> points) => _pending[seriesIndex].AddRange(points);

    /// <summary>Appends everything pending when <paramref name="chart"/> exists; true when nothing is left pending.</summary>
    public async Task<bool> FlushAsync(ApexChart? chart)
    {
        if (IsEmpty) return true;
        if (chart is not { IsCreated: true }) return false;
        var additions = series.Select((s, i) => s with { Data = _pending[i].ToArray() }).ToArray();
        foreach (var p in _pending) p.Clear();
        await chart.AppendAsync(additions);
        Sent += additions.Sum(a => a.Data.Count);
        return true;
    }
}
