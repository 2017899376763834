using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Hubs;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging.Abstractions;

namespace HessianDashboard.Web.Tests.Hubs;

/// <summary>
/// A per-user limit refusing a hub submission becomes a <see cref="HubException"/> with the limit's own message (which
/// SignalR sends to the client as is, like the other Submit errors in <see cref="RunsHubSubmitTests"/>).
/// </summary>
public sealed class RunsHubLimitTests
{
    [Fact]
    public void Submit_OverTheQueuedRunsLimit_ThrowsHubExceptionWithTheLimitsMessage()
    {
        // Never started: the runs stay queued.
        using var runner = new InProcessRunRunner(Microsoft.Extensions.Options.Options.Create(new RunnerOptions { QueuedRunsPerUser = 2 }), RunJobCatalog.CreateDefault(),
            NullLogger<InProcessRunRunner>.Instance);
        using var hub = new RunsHub(runner, RunJobCatalog.CreateDefault()) { Context = new AnonymousCaller() };
        hub.Submit(RunsHubClient.Lanczos(n: 20, m: 5));
        hub.Submit(RunsHubClient.Lanczos(n: 20, m: 5));

        var refused = Should.Throw<HubException>(() => hub.Submit(RunsHubClient.Lanczos(n: 20, m: 5)));

        refused.Message.ShouldBe("Too many queued runs: at most 2 runs per user may wait in the queue (anonymous submissions share one allowance). " +
            "Try again when one of them has started, or cancel one.");
        runner.List().Count.ShouldBe(2);
    }

    /// <summary>The hub's caller outside SignalR: an anonymous user on one connection.</summary>
    private sealed class AnonymousCaller : HubCallerContext
    {
        public override string ConnectionId => "test-connection";
        public override string? UserIdentifier => null;
        public override System.Security.Claims.ClaimsPrincipal User { get; } = new(new System.Security.Claims.ClaimsIdentity());
        public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();
        public override Microsoft.AspNetCore.Http.Features.IFeatureCollection Features { get; } = new Microsoft.AspNetCore.Http.Features.FeatureCollection();
        public override CancellationToken ConnectionAborted => CancellationToken.None;
        public override void Abort() { }
    }
}
