using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Web.Components.Charts;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Lab;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Networks;

/// <summary>
/// Watches one training run (<see cref="LiveRunView{TRequest}"/>): the loss curves grow by appending only new
/// points; a page opened late replays them.
/// </summary>
public sealed partial class TrainingRunView : LiveRunView<IExperimentRequest>
{
    private TrainingFeed? _feed;
    private ChartCard? _card;
    private ApexChartOptions _options = new();
    private IReadOnlyList<ChartSeries> _series = [];
    private LiveSeriesBuffer _buffer = new([]);
    private int _interval = 1;

    protected override string Describes => "a training";

    protected override string CancelMessage => "Cancelling: training stops after its current step and keeps the checkpoints written.";

    protected override long Cursor => _feed?.Cursor ?? 0;

    protected override bool Finished => _feed?.Finished ?? false;

    protected override bool Accepts(IExperimentRequest request) => request is TrainMlpRequest or TrainNanoGptRequest;

    protected override void Start(IExperimentRequest request)
    {
        (string heldOut, _interval) = request switch
        {
            TrainMlpRequest mlp => ("test loss", mlp.Options.ProgressInterval),
            TrainNanoGptRequest gpt => ("val loss", gpt.Options.ProgressInterval),
            _ => throw new ArgumentException($"Not a training request: {request.GetType().Name}.", nameof(request)),
        };
        _feed = new TrainingFeed(["train loss", heldOut]);
        _series = [.. _feed.Curves.Select((name, i) => new ChartSeries(name, []) { Color = NetworkCharts.LossColors[i] })];
        _buffer = new LiveSeriesBuffer(_series);
        _options = NetworkCharts.Loss("optimizer step");
    }

    protected override async Task<bool> ConsumeAsync(IReadOnlyList<RunEvent> events)
    {
        var points = _feed!.Consume(events);
        for (int i = 0; i < points.Length; i++) _buffer.Add(i, points[i]);
        return await _buffer.FlushAsync(_card?.Chart);
    }

    private static string Plural(int n, string noun) => n == 1 ? noun : $"{n} {noun}s";
}
