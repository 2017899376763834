using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Lab;

namespace HessianDashboard.Web.Components.Networks;

/// <summary>The points of the network spectrum's result charts.</summary>
internal static class SpectrumSeries
{
    /// <summary>Ritz values ascending at indices 0..m−1.</summary>
    public static ChartPoint[] Ritz(IReadOnlyList<double> ritz) =>
        [.. ritz.Order().Select((value, i) => new ChartPoint(i, value))];

    /// <summary>
    /// The exact eigenvalues a ladder of <paramref name="count"/> Ritz values is compared with (thesis Fig 4.2): the
    /// ⌊count/2⌋ smallest at indices 0.., the rest of the count from the largest at the top indices (all when n ≤ count).
    /// </summary>
    public static ChartPoint[] ExtremeExact(IReadOnlyList<double> exactAscending, int count)
    {
        int n = exactAscending.Count;
        if (n <= count) return [.. exactAscending.Select((value, i) => new ChartPoint(i, value))];
        int low = count / 2, high = count - low;
        return [.. Enumerable.Range(0, low).Select(i => new ChartPoint(i, exactAscending[i]))
            .Concat(Enumerable.Range(0, high).Select(j => new ChartPoint(low + j, exactAscending[n - high + j])))];
    }

    /// <summary>The histogram outline; on a log count axis empty bins are drawn at <see cref="NetworkCharts.EmptyBinOnLog"/>.</summary>
    public static ChartPoint[] Histogram(IReadOnlyList<double> values, bool logCount)
    {
        var outline = SpectrumHistogram.Of(values, SpectrumHistogram.BinCount(values.Count));
        return logCount ? [.. outline.Select(p => p.Y > 0 ? p : new ChartPoint(p.X, NetworkCharts.EmptyBinOnLog))] : outline;
    }
}
