using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Components.Lab;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Chapter4.ExactVsLanczos;

/// <summary>
/// Watches one exact-vs-Lanczos run (<see cref="LiveRunView{TRequest}"/>): the ladders grow by the new steps only (one
/// per Step series, "mnist/initialisation" …), the loss curves by the new epochs, the converged counts by each state as its exact spectrum arrives, the part progress by the latest
/// Progress event; the results show once the run ends (partial when cancelled).
/// </summary>
public sealed partial class ExactVsLanczosView : LiveRunView<ExactVsLanczosRequest>
{
    /// <summary>The page's route without the leading slash.</summary>
    public const string Route = "experiments/exact-vs-lanczos";

    private LabRunFeed? _ladders;
    private LadderChart?[] _ladderCharts = [];
    private MetricCurves? _losses, _converged;
    private UnitProgress _units = new([]);

    protected override string Describes => "an exact-vs-Lanczos";

    protected override string CancelMessage =>
        "Cancelling: training stops after its current step, Lanczos after its current step, the exact Hessian after its current rows; finished data sets and states are kept.";

    protected override long Cursor => _ladders?.Cursor ?? 0;

    protected override bool Finished => _ladders?.Finished ?? false;

    private IReadOnlyCollection<string> SkippedIds => Result is ExactVsLanczosResult r ? [.. r.Skipped.Select(s => s.Dataset)] : [];

    protected override void Start(ExactVsLanczosRequest request)
    {
        _ladders = new LabRunFeed(ExactVsLanczosSeries.Ladders(request), request.Iterations);
        _ladderCharts = new LadderChart?[_ladders.Series.Count];
        (_losses, _converged) = (MetricCurves.Losses(request), MetricCurves.Converged(request));
        _units = new UnitProgress(ExactVsLanczosSeries.Units(request));
    }

    protected override async Task<bool> ConsumeAsync(IReadOnlyList<RunEvent> events)
    {
        var batch = _ladders!.Consume(events);
        _losses!.Consume(events);
        _converged!.Consume(events);
        _units.Observe(events);
        bool flushed = true;
        for (int v = 0; v < _ladderCharts.Length; v++)
        {
            if (_ladderCharts[v] is not { } ladder) continue;
            ladder.Add(batch.Ladders[v]);
            flushed &= await ladder.FlushAsync();
        }
        return flushed;
    }
}
