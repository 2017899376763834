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
    private bool _creating;
    private IReadOnlyList<ChartSeries> _series = [];
    private IReadOnlyList<ChartSeries>? _seriesParameter;
    private ApexChartOptions? _optionsParameter;
    private ChartThemeMode _theme;
    private string? _error;
    private DotNetObjectReference<ChartZoomRelay>? _zoomRelay;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ILogger<ApexChart> Logger { get; set; } = default!;

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

    /// <summary>
    /// Called with the x range after the user zooms or pans, and with null when the zoom is reset (toolbar). Set it before
    /// the first render: the browser is told to report zooms when the chart is created.
    /// </summary>
    [Parameter]
    public EventCallback<AxisRange?> OnZoomed { get; set; }

    /// <summary>
    /// The x range the chart starts zoomed to (applied once, when it is created). A zoom, not an axis bound: the toolbar's
    /// reset returns to the whole data.
    /// </summary>
    [Parameter]
    public AxisRange? InitialXRange { get; set; }

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
        try
        {
            await CreateAsync();
        }
        catch (JSException e)
        {
            // E.g. ApexCharts not restored (no npm ci): show it here instead of ending the circuit.
            Logger.LogWarning(e, "Creating a chart failed.");
            _error = e.Message;
            StateHasChanged();
        }
    }

    private async Task CreateAsync()
    {
        // While the browser creates the chart, DisposeAsync leaves the clean-up to this method (the finally block):
        // releasing the module under a pending "create" would strand the chart it returns.
        _creating = true;
        try
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            if (_disposed) return;
            _theme = ThemeMode;
            var (options, series) = (Options, _series);
            if (OnZoomed.HasDelegate) _zoomRelay = DotNetObjectReference.Create(new ChartZoomRelay(range => OnZoomed.InvokeAsync(range)));
            _chartId = await _module.InvokeAsync<int>("create", _element, ChartRenderPolicy.Prepare(options, series, _theme), _zoomRelay,
                InitialXRange);
            if (_disposed) return;
            // Parameters set (or points appended) while the browser was creating the chart were only recorded: send them now.
            if (!ReferenceEquals(options, Options) || !ReferenceEquals(series, _series))
                await UpdateOptionsAsync(ChartRenderPolicy.Prepare(Options, _series, _theme));
            if (ThemeMode != _theme) await SetThemeAsync(ThemeMode);
            StateHasChanged();
        }
        finally
        {
            _creating = false;
            if (_disposed) await DisposeChartAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_creating) await DisposeChartAsync();
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
        catch (ObjectDisposedException)
        {
            // The module reference was released by a concurrent dispose.
        }
        catch (OperationCanceledException)
        {
        }
        _chartId = null;
        _zoomRelay?.Dispose();
        _zoomRelay = null;
        await _module.DisposeQuietlyAsync();
        _module = null;
    }
}
