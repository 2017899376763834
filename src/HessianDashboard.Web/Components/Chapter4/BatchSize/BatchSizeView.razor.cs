using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Lab;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Chapter4.BatchSize;

/// <summary>
/// Watches one batch-size study (<see cref="LiveRunView{TRequest}"/>). The ladder follows the run being computed: a
/// new run gets a new <see cref="LadderChart"/> (keyed by its series), filled with what that run has so far and then
/// grown by the new steps only; any earlier run's ladder can be picked and is drawn whole. Finished runs fill a
/// table from the metrics each publishes; the result shows once the study ends (partial when cancelled).
/// </summary>
public sealed partial class BatchSizeView : LiveRunView<BatchSizeStudyRequest>
{
    private const string Live = "";

    private BatchSizeFeed? _feed;
    private LadderChart? _ladder;
    private bool _follow = true, _loaded;
    private string? _picked;
    private ApexChartOptions _staticOptions = new();
    private IReadOnlyList<ChartSeries> _staticSeries = [];

    protected override string Describes => "a Hessian batch-size study";

    protected override string CancelMessage => "Cancelling: the current Lanczos run stops after its step; the runs done are kept and shown.";

    protected override long Cursor => _feed?.Cursor ?? 0;

    protected override bool Finished => _feed?.Finished ?? false;

    private string? ShownSeries => _follow ? _feed?.Current : _picked;

    private string LiveSummary
    {
        get
        {
            int done = _feed!.Rows.Count;
            string runs = $"{done} Lanczos run{(done == 1 ? "" : "s")} done";
            return _feed.Finished || _feed.Current is not { } current ? runs : $"{runs}; now {current}, step {_feed.StepOf(current)} of {_feed.Iterations}";
        }
    }

    protected override void Start(BatchSizeStudyRequest request) => _feed = new BatchSizeFeed(request.Iterations);

    protected override async Task<bool> ConsumeAsync(IReadOnlyList<RunEvent> events)
    {
        string? before = _feed!.Current;
        var added = _feed.Consume(events);
        if (!_follow || _feed.Current is not { } shown) return true;
        if (shown != before) _loaded = false;
        // A new run's chart renders first; the next tick fills it.
        if (_ladder is not { } ladder || ladder.Variant != shown) return false;
        if (!_loaded) ladder.Add(_feed.Ladder(shown));
        else if (added.TryGetValue(shown, out var points)) ladder.Add(points);
        _loaded = true;
        return await ladder.FlushAsync();
    }

    private void Pick(string series)
    {
        _follow = series == Live;
        _picked = _follow ? null : series;
        _loaded = false;
        if (_picked is null) return;
        _staticOptions = LabCharts.Ladder(_feed!.Iterations);
        _staticSeries = [.. _feed.Ladder(_picked).Select((points, c) => new ChartSeries(RitzRank.Names[c], [.. points]) { Color = RitzRank.Colors[c] })];
    }
}
