using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Lab;
using HessianDashboard.Web.Components.Networks;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Chapter4.Blocks;

/// <summary>
/// Watches one block-spectra run (<see cref="LiveRunView{TRequest}"/>): the training loss grows by appending new
/// points; each block's Lanczos run gets a fresh <see cref="LadderChart"/> (keyed by block and start vector) that
/// receives the run's points once it exists; the block list follows the plan (<see cref="BlockPlan"/>).
/// </summary>
public sealed partial class BlockSpectraView : LiveRunView<BlockSpectraRequest>
{
    private BlockRunFeed? _feed;
    private BlockPlan? _plan;
    private LadderChart? _ladder;
    private ChartCard? _lossCard;
    private ApexChartOptions _lossOptions = new();
    private IReadOnlyList<ChartSeries> _lossSeries = [];
    private LiveSeriesBuffer _lossBuffer = new([]);

    protected override string Describes => "a block spectra";

    protected override string CancelMessage => "Cancelling: the current block's Lanczos run stops after its step; the blocks done are kept and compared.";

    protected override long Cursor => _feed?.Cursor ?? 0;

    protected override bool Finished => _feed?.Finished ?? false;

    private string LossSubtitle => Request!.Training.ProgressInterval == 1
        ? "The last batch's loss at every step, while the NanoGPT trains"
        : $"The last batch's loss every {Request.Training.ProgressInterval} steps, while the NanoGPT trains";

    /// <summary>The ladder's name: the block, and the start vector when there are several.</summary>
    private string LadderName => Request!.StartVectors > 1 ? $"{_feed!.Current} (start vector {_feed.StartVector + 1})" : _feed!.Current ?? "";

    private IReadOnlyList<BlockRow> Rows => BlockRows.From(_plan, _feed!, Request!.StartVectors, Info?.State.IsTerminal() ?? false);

    protected override void Start(BlockSpectraRequest request)
    {
        _feed = new BlockRunFeed(request.Iterations);
        _plan = BlockPlan.For(request);
        _lossSeries = [new ChartSeries(BlockRunFeed.TrainLossMetric, []) { Color = NetworkCharts.LossColors[0] }];
        _lossBuffer = new LiveSeriesBuffer(_lossSeries);
        var loss = NetworkCharts.Loss("optimizer step", request.Training.Iterations);
        _lossOptions = loss with { Chart = loss.Chart! with { Height = "220" } };
    }

    protected override async Task<bool> ConsumeAsync(IReadOnlyList<RunEvent> events)
    {
        _lossBuffer.Add(0, _feed!.Consume(events));
        bool flushed = await _lossBuffer.FlushAsync(_lossCard?.Chart);
        if (_feed.Current is null) return flushed;
        // A new Lanczos run renders a new ladder first: its points wait in the feed until that instance exists.
        if (_ladder is null || _ladder.Variant != LadderName) return false;
        var points = _feed.TakeLadder();
        _ladder.Add(points);
        return await _ladder.FlushAsync() && flushed;
    }
}
