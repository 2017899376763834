using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Web.Components.Chapter4.Trajectory;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Networks;

/// <summary>
/// Watches one training run (<see cref="LiveRunView{TRequest}"/>): the train and held-out loss curves as
/// <see cref="LiveCurves"/>, so a curve joins the chart and its legend with its first point — a held-out loss that never
/// comes (the MNIST test split is the training data here) leaves no empty "test loss" entry. A page opened late replays them.
/// </summary>
public sealed partial class TrainingRunView : LiveRunView<IExperimentRequest>
{
    private TrainingFeed? _feed;
    private LiveCurves _curves = new([]);
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
        _curves = new LiveCurves([new("train loss", ["train loss"], NetworkCharts.LossColors[0], 1.5), new(heldOut, [heldOut], NetworkCharts.LossColors[1], 2.5)]);
    }

    protected override Task<bool> ConsumeAsync(IReadOnlyList<RunEvent> events)
    {
        var points = _feed!.Consume(events);
        _curves.Add(points.SelectMany((curve, i) => curve.Select(p => new RunMetric(_feed.Curves[i], p.X, p.Y))));
        return Task.FromResult(true); // the chart follows LiveCurves.Series on the next render: nothing is pending
    }

    private string Subtitle => $"Last batch's loss every {Plural(_interval, "step")}; {_feed!.Curves[1]} at each evaluation (when there is a held-out split)";

    private static string Plural(int n, string noun) => n == 1 ? noun : $"{n} {noun}s";
}
