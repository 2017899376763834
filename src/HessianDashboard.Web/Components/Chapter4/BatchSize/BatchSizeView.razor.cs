using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Chapter4.BatchSize;

/// <summary>
/// Watches one batch-size study (<see cref="LiveRunView{TRequest}"/>). The ladder follows the run being computed: when
/// a new run starts, <see cref="BatchLadder"/> is switched to it (with what it has so far), then grows by the new steps
/// only; any run seen can be picked instead and is drawn whole. Finished runs fill a table from the metrics each
/// publishes; the result shows once the study ends (partial when cancelled).
/// </summary>
public sealed partial class BatchSizeView : LiveRunView<BatchSizeStudyRequest>
{
    private const string Live = "";

    private BatchSizeFeed? _feed;
    private BatchLadder? _ladder;
    private bool _follow = true;

    protected override string Describes => "a Hessian batch-size study";

    protected override string CancelMessage => "Cancelling: the current Lanczos run stops after its step; the runs done are kept and shown.";

    protected override long Cursor => _feed?.Cursor ?? 0;

    protected override bool Finished => _feed?.Finished ?? false;

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
        var added = _feed!.Consume(events);
        if (_ladder is null) return false; // rendered with the first tick's view
        if (_follow && _feed.Current is { } current)
        {
            if (current != _ladder.Shown) _ladder.Show(current, _feed.Ladder(current));
            else if (added.TryGetValue(current, out var points)) _ladder.Add(points);
        }
        return await _ladder.FlushAsync();
    }

    private async Task PickAsync(string series)
    {
        _follow = series == Live;
        string? shown = _follow ? _feed!.Current : series;
        if (_ladder is null || shown is null || shown == _ladder.Shown) return;
        _ladder.Show(shown, _feed!.Ladder(shown));
        await _ladder.FlushAsync();
    }
}
