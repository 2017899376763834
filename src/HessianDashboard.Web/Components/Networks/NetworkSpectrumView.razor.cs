using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Networks.Jobs;
using HessianDashboard.Web.Components.Lab;
using HessianDashboard.Web.Components.Shared;

namespace HessianDashboard.Web.Components.Networks;

/// <summary>
/// Watches one network spectrum run (<see cref="LiveRunView{TRequest}"/>): the Lanczos ladder grows by the new
/// steps only (the lab's <see cref="LabRunFeed"/> and <see cref="LadderChart"/>); the result shows once the run ends.
/// </summary>
public sealed partial class NetworkSpectrumView : LiveRunView<NetworkSpectrumRequest>
{
    private LabRunFeed? _feed;
    private LadderChart? _ladder;

    protected override string Describes => "a network spectrum";

    protected override string CancelMessage => "Cancelling: Lanczos stops after its current step (the exact Hessian after its current rows) and keeps what it computed.";

    protected override long Cursor => _feed?.Cursor ?? 0;

    protected override bool Finished => _feed?.Finished ?? false;

    protected override void Start(NetworkSpectrumRequest request) => _feed = new LabRunFeed([NetworkSpectrumJobHandler.Series], request.Iterations);

    protected override async Task<bool> ConsumeAsync(IReadOnlyList<RunEvent> events)
    {
        var batch = _feed!.Consume(events);
        _ladder?.Add(batch.Ladders[0]);
        return _ladder is null || await _ladder.FlushAsync();
    }
}
