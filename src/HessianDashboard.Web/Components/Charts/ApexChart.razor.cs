using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Interop;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace HessianDashboard.Web.Components.Charts;

/// <summary>
/// An ApexCharts chart driven through our typed module <c>wwwroot/js/charts.js</c>. The chart is created
/// after the first interactive render; series and options set before that are used at creation.
/// </summary>
public sealed partial class ApexChart : IAsyncDisposable
{
    internal const string ModulePath = "./js/charts.js";

    private ElementReference _element;
    private IJSObjectReference? _module;
    private int? _chartId;
    private bool _disposed;
    private IReadOnlyList<ChartSeries> _series = [];
    private IReadOnlyList<ChartSeries>? _seriesParameter;
    private ApexChartOptions? _optionsParameter;
    private ChartThemeMode _theme;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>The chart's options (without series); a new instance is applied with <c>updateOptions</c>.</summary>
    [Parameter, EditorRequired]
    public ApexChartOptions Options { get; set; } = new();

    /// <summary>The series; a new list instance is applied with <c>updateSeries</c>.</summary>
    [Parameter]
    public IReadOnlyList<ChartSeries> Series { get; set; } = [];

    /// <summary>The CSS min-height of the chart's element; ApexCharts' own height is in <see cref="ChartSettings.Height"/>.</summary>
    [Parameter]
    public string Height { get; set; } = "320px";

    [Parameter]
    public string? Class { get; set; }

    /// <summary>Light or dark, cascaded by the layout.</summary>
    [CascadingParameter]
    public ChartThemeMode ThemeMode { get; set; }

    /// <summary>The series the chart shows now, including appended points; the CSV/JSON exports use these.</summary>
    public IReadOnlyList<ChartSeries> CurrentSeries => _series;

    /// <summary>True once charts.js has created the chart.</summary>
    public bool IsCreated => _chartId is not null;

    protected override async Task OnParametersSetAsync()
    {
        bool seriesChanged = !ReferenceEquals(Series, _seriesParameter);
        bool optionsChanged = !ReferenceEquals(Options, _optionsParameter);
        (_seriesParameter, _optionsParameter) = (Series, Options);
        if (seriesChanged) _series = Series;
        if (_chartId is null) return;

        if (optionsChanged) await UpdateOptionsAsync(ChartRenderPolicy.Prepare(Options, _series, ThemeMode));
        else if (seriesChanged) await UpdateSeriesAsync(_series);
        if (ThemeMode != _theme) await SetThemeAsync(ThemeMode);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
        if (_disposed)
        {
            await DisposeChartAsync();
            return;
        }
        _theme = ThemeMode;
        _chartId = await _module.InvokeAsync<int>("create", _element, ChartRenderPolicy.Prepare(Options, _series, _theme));
        if (_disposed)
        {
            await DisposeChartAsync();
            return;
        }
        if (ThemeMode != _theme) await SetThemeAsync(ThemeMode);
        StateHasChanged();
    }

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

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        await DisposeChartAsync();
    }

    private int RequireId() => _chartId ?? throw new InvalidOperationException(
        "The chart is not created yet: it is created after the first interactive render.");

    private async Task DisposeChartAsync()
    {
        try
        {
            if (_chartId is int id && _module is not null) await _module.InvokeVoidAsync("dispose", id);
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone and the browser's chart with it.
        }
        catch (OperationCanceledException)
        {
        }
        _chartId = null;
        await _module.DisposeQuietlyAsync();
        _module = null;
    }

    private sealed record SeriesData(IReadOnlyList<ChartPoint> Data);
}
