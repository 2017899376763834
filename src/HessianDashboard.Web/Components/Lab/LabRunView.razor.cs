using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HessianDashboard.Web.Components.Lab;

/// <summary>
/// Watches one comparison run by polling its event log from a cursor (≤ 5 Hz, <see cref="LabRenderThrottle"/>): a
/// page opened late replays it from the first step. Disposing stops watching, never the run; Cancel is explicit.
/// </summary>
public sealed partial class LabRunView : IAsyncDisposable
{
    private const int MaxResidualPoints = 1500;

    // The ladders redraw on every tick (2 Hz); the orthogonality and residual charts on every second one (1 Hz) while the
    // run is live: each redraw re-measures axis labels in the browser, which competes with the computation on 2 cores.
    private const int SecondaryChartEvery = 2;

    private int _ticks;

    private readonly Dictionary<string, LadderChart> _ladders = new(StringComparer.Ordinal);
    private readonly Dictionary<int, LanczosStep> _latest = [];
    private RunInfo? _info;
    private LabRunFeed? _feed;
    private string? _missing;
    private ChartCard? _orthogonalityCard;
    private LiveSeriesBuffer? _orthogonality;
    private ApexChartOptions _orthogonalityOptions = new(), _residualOptions = new();
    private IReadOnlyList<ChartSeries> _orthogonalitySeries = [], _residualSeries = [];
    private SpectrumComparisonResult? _result;
    private LabRenderThrottle? _throttle;

    [Inject]
    private IRunRunner Runner { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Parameter, EditorRequired]
    public string RunId { get; set; } = "";

    /// <summary>The newest step k the page has read (of any variant), 0 before the first.</summary>
    private int LastStep => _latest.Count == 0 ? 0 : _latest.Values.Max(s => s.K);

    private string ResidualSubtitle =>
        (_latest.Count == 0 ? "|βₖ sₖᵢ| of the newest step" : $"|βₖ sₖᵢ| of each variant's newest step (k = {string.Join(", ", _latest.OrderBy(p => p.Key).Select(p => p.Value.K))})")
        + "; below 10⁻¹⁷ (exact zeros too) drawn at 10⁻¹⁷";

    protected override void OnInitialized()
    {
        _info = Runner.Get(RunId);
        if (_info is null)
        {
            _missing = $"There is no run '{RunId}' on this server: it never existed, or newer finished runs have replaced it.";
            return;
        }
        if (_info.Request is not SpectrumComparisonRequest request)
        {
            _missing = $"Run {RunId} is a {_info.Kind} run, not a lab run.";
            return;
        }
        string[] names = [.. request.Variants.Select(v => v.ToString())];
        string[] colors = [.. names.Select(LabPalette.Of)];
        _feed = new LabRunFeed(names, request.Iterations ?? request.EffectiveSource().Synthetic?.N);
        _orthogonalitySeries = [.. names.Select((name, i) => new ChartSeries(name, []) { Color = colors[i] })];
        _orthogonality = new LiveSeriesBuffer(_orthogonalitySeries);
        _orthogonalityOptions = LabCharts.Orthogonality(colors, _feed.Iterations);
        _residualOptions = LabCharts.Residuals(colors);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender || _feed is null) return;
        _throttle = new LabRenderThrottle(InvokeAsync, TickAsync, DispatchExceptionAsync);
        _throttle.Start();
    }

    private async Task<bool> TickAsync()
    {
        var feed = _feed!;
        IReadOnlyList<RunEvent> events;
        try
        {
            events = Runner.Events(RunId, feed.Cursor);
        }
        catch (KeyNotFoundException)
        {
            _missing = $"Run {RunId} is no longer on this server.";
            StateHasChanged();
            return false;
        }
        // The snapshot after the events: once the terminal event is read, the state and result are final.
        _info = Runner.Get(RunId) ?? _info;
        var batch = feed.Consume(events);
        for (int v = 0; v < feed.Series.Count; v++)
        {
            if (_ladders.TryGetValue(feed.Series[v], out var ladder)) ladder.Add(batch.Ladders[v]);
            _orthogonality!.Add(v, batch.Orthogonality[v]);
            if (batch.Latest[v] is { } step) _latest[v] = step;
        }
        bool flushed = true, secondary = feed.Finished || _ticks++ % SecondaryChartEvery == 0;
        foreach (var ladder in _ladders.Values) flushed &= await ladder.FlushAsync();
        if (secondary)
        {
            flushed &= await _orthogonality!.FlushAsync(_orthogonalityCard?.Chart);
            if (_latest.Count > 0) UpdateResiduals(feed);
        }
        else flushed = false;
        if (feed.Finished) _result ??= _info?.Result as SpectrumComparisonResult;
        StateHasChanged();
        return !(feed.Finished && flushed);
    }

    private void UpdateResiduals(LabRunFeed feed)
    {
        _residualSeries = ResidualSeries(feed);
        // The axis top follows the largest bound (a new options instance only when its decade changes).
        double largest = _residualSeries.SelectMany(s => s.Data).Select(p => p.Y).Where(double.IsFinite).DefaultIfEmpty(1).Max();
        var axis = LabCharts.LogY("", LabCharts.LogFloor, largest);
        if (axis.Max != _residualOptions.Yaxis?.Max) _residualOptions = LabCharts.Residuals(_residualOptions.Colors!, largest);
    }

    private ChartSeries[] ResidualSeries(LabRunFeed feed) =>
        [.. feed.Series.Select((name, v) => new ChartSeries(name, _latest.TryGetValue(v, out var step) ? ResidualPoints(step) : [])
        {
            Color = LabPalette.Of(name),
        })];

    /// <summary>(θ_i, |β s_i|) floored at <see cref="LabCharts.LogFloor"/>; large steps thinned evenly, keeping both ends.</summary>
    internal static ChartPoint[] ResidualPoints(LanczosStep step)
    {
        int count = step.RitzValues.Length, every = Math.Max(1, (count + MaxResidualPoints - 1) / MaxResidualPoints);
        return [.. Enumerable.Range(0, count)
            .Where(i => i % every == 0 || i == count - 1)
            .Select(i => new ChartPoint(step.RitzValues[i], LabCharts.OnLogAxis(step.ResidualBounds[i])))];
    }

    private void Cancel()
    {
        if (Runner.Cancel(RunId)) Snackbar.Add("Cancelling: the run stops after its current step and keeps what it computed.", Severity.Info);
    }

    public async ValueTask DisposeAsync()
    {
        if (_throttle is not null) await _throttle.DisposeAsync();
    }
}
