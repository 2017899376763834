using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Lab;
using HessianDashboard.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace HessianDashboard.Web.Components.Chapter4.Trajectory;

/// <summary>
/// Watches one trajectory run (<see cref="LiveRunView{TRequest}"/>; <typeparamref name="TRequest"/> is
/// <see cref="TrajectoryRequest"/> or <see cref="NanoGptTrajectoryRequest"/>, both returning a <see cref="TrajectoryResult"/>):
/// the loss and λ curves from Metric events, one ladder per checkpoint from its "step N" Lanczos steps, then the results.
/// </summary>
public sealed partial class TrajectoryRunView<TRequest> : LiveRunView<TRequest> where TRequest : class
{
    private TrajectoryPlan? _plan;
    private TrajectoryFeed? _feed;
    private LadderChart?[] _ladders = [];
    private LiveCurves _losses = new([]), _batch = new([]), _extremes = new([]), _outliers = new([]);

    /// <summary>The page's route without the leading slash, e.g. "experiments/trajectory".</summary>
    [Parameter, EditorRequired]
    public string Route { get; set; } = "";

    /// <summary>What the page shows, e.g. "an MLP trajectory".</summary>
    [Parameter, EditorRequired]
    public string Kind { get; set; } = "";

    protected override string Describes => Kind;

    protected override string CancelMessage =>
        "Cancelling: training or Lanczos stops after its current step; the checkpoints whose spectra are done are kept and shown.";

    protected override long Cursor => _feed?.Cursor ?? 0;

    protected override bool Finished => _feed?.Finished ?? false;

    private string LossSubtitle => _plan!.NanoGpt
        ? "Last batch's loss while training; nanoGPT's train and validation estimates at each evaluation"
        : "Full training-set loss per epoch, and the test loss when there is a held-out split";

    protected override void Start(TRequest request)
    {
        _plan = TrajectoryPlan.For(request);
        _feed = new TrajectoryFeed(_plan);
        _ladders = new LadderChart?[_plan.Steps.Count];
        var epochs = new List<LiveCurve>
        {
            new("train loss", ["train loss"], TrajectoryCharts.TrainColor, 2.5, 4),
            new(_plan.HeldOutName, ["test loss", "val loss"], TrajectoryCharts.HeldOutColor, 2.5, 4),
        };
        var batch = new LiveCurve("train loss (last batch)", ["train loss (batch)"], TrajectoryCharts.BatchColor, 1.5);
        // NanoGPT's batch losses and evaluations share the iteration axis; the MLP's batch losses count optimizer steps, not epochs.
        if (_plan.NanoGpt) epochs.Insert(0, batch);
        _losses = new LiveCurves(epochs);
        _batch = new LiveCurves(_plan.NanoGpt ? [] : [batch]);
        _extremes = new LiveCurves(
        [
            new("λmax", ["lambda max"], TrajectoryCharts.MaxColor, 2, 5),
            new("λmin", ["lambda min"], TrajectoryCharts.MinColor, 2, 5),
        ]);
        _outliers = new LiveCurves([new("outliers (above + below)", ["outliers"], TrajectoryCharts.AboveColor, 2, 5)]);
    }

    protected override async Task<bool> ConsumeAsync(IReadOnlyList<RunEvent> events)
    {
        var (steps, metrics) = _feed!.Consume(events);
        _losses.Add(metrics);
        _batch.Add(metrics);
        _extremes.Add(metrics);
        _outliers.Add(metrics);
        bool flushed = true;
        for (int i = 0; i < _ladders.Length; i++)
        {
            if (_ladders[i] is not { } ladder)
            {
                flushed &= steps.Ladders[i].All(c => c.Count == 0);
                continue;
            }
            ladder.Add(steps.Ladders[i]);
            flushed &= await ladder.FlushAsync();
        }
        return flushed;
    }
}
