using HessianDashboard.Web.Components.Charts.Config;
using Microsoft.JSInterop;

namespace HessianDashboard.Web.Components.Charts;

/// <summary>Live updates. Before the chart exists they only change what it will be created with.</summary>
public sealed partial class ApexChart
{
    /// <summary>Replaces every series (<c>updateSeries</c>).</summary>
    public async Task UpdateSeriesAsync(IReadOnlyList<ChartSeries> series, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(series);
        bool becameDense = !ChartRenderPolicy.IsDense(_series) && ChartRenderPolicy.IsDense(series);
        _series = series;
        if (_chartId is not int id) return;
        if (becameDense) await _module!.InvokeVoidAsync("updateOptions", cancellationToken, id, ChartRenderPolicy.DenseUpdate());
        await _module!.InvokeVoidAsync("updateSeries", cancellationToken, id, series);
    }

    /// <summary>Appends points to the series by position (<c>appendData</c>): additions[i] extends series i.</summary>
    public async Task AppendAsync(IReadOnlyList<ChartSeries> additions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(additions);
        if (additions.Count > _series.Count)
            throw new ArgumentException($"{additions.Count} additions for {_series.Count} series.", nameof(additions));
        bool wasDense = ChartRenderPolicy.IsDense(_series);
        _series = _series.Select((s, i) => i < additions.Count ? s with { Data = [.. s.Data, .. additions[i].Data] } : s).ToArray();
        if (_chartId is not int id) return;
        if (!wasDense && ChartRenderPolicy.IsDense(_series))
            await _module!.InvokeVoidAsync("updateOptions", cancellationToken, id, ChartRenderPolicy.DenseUpdate());
        var payload = additions.Select(a => new SeriesData(a.Data)).ToArray();
        await _module!.InvokeVoidAsync("appendData", cancellationToken, id, payload);
    }

    /// <summary>Merges <paramref name="options"/> into the chart's options (<c>updateOptions</c>).</summary>
    public async Task UpdateOptionsAsync(ApexChartOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Series is not null) _series = options.Series;
        if (_chartId is int id) await _module!.InvokeVoidAsync("updateOptions", cancellationToken, id, options);
    }

    /// <summary>Switches the chart between light and dark (<c>setTheme</c>).</summary>
    public async Task SetThemeAsync(ChartThemeMode mode, CancellationToken cancellationToken = default)
    {
        _theme = mode;
        if (_chartId is int id) await _module!.InvokeVoidAsync("setTheme", cancellationToken, id, mode);
    }

    private sealed record SeriesData(IReadOnlyList<ChartPoint> Data);
}
