using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Hubs;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace HessianDashboard.Web.Tests.Hubs;

/// <summary>The runs hub on a real Kestrel port, driven by the .NET SignalR client: submit, stream, cancel.</summary>
public sealed class RunsHubStreamingTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StreamRun_SubmittedLanczosN60_EveryStepInOrderThenSucceededAndALateJoinerGetsTheSame()
    {
        await using var hub = await RunsHubClient.ConnectAsync(server, Token);

        var run = await hub.SubmitAsync(RunsHubClient.Lanczos(n: 60, m: 60), Token);
        var events = await hub.ReadRunAsync(run.Id, Token);

        run.Kind.ShouldBe("lanczos");
        run.State.ShouldBe(RunState.Queued);
        events.Select(e => e.Sequence).ShouldBe(Enumerable.Range(0, events.Count).Select(i => (long)i));
        events.ShouldAllBe(e => e.RunId == run.Id);
        var steps = events.Where(e => e.Kind == RunEventKind.Step).Select(e => e.Step!).ToList();
        steps.Select(s => s.K).ShouldBe(Enumerable.Range(1, 60));
        steps.ShouldAllBe(s => s.RitzValues.Length == s.K && s.ResidualBounds.Length == s.K);
        events[0].State.ShouldBe(RunState.Queued);
        events[^1].State.ShouldBe(RunState.Succeeded);
        events.Count.ShouldBe(60 + 3);

        await using var late = await RunsHubClient.ConnectAsync(server, Token);
        var replay = await late.ReadRunAsync(run.Id, Token);

        replay.Select(e => (e.Sequence, e.Kind, e.State, e.Step?.K)).ShouldBe(events.Select(e => (e.Sequence, e.Kind, e.State, e.Step?.K)));
        replay.Where(e => e.Step is not null).Select(e => e.Step!.RitzValues).ShouldBe(steps.Select(s => s.RitzValues));
        var listed = (await late.InvokeAsync<IReadOnlyList<RunInfoDto>>(nameof(RunsHub.ListRuns), Token)).Single(r => r.Id == run.Id);
        listed.State.ShouldBe(RunState.Succeeded);
        listed.Progress.ShouldBe(1);
        listed.EventCount.ShouldBe(63);
        listed.FinishedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task StreamRun_LongLadder_EveryStepArrivesWithAllItsRitzValues()
    {
        // The last step event carries 600 Ritz values and 600 residual bounds (~25 KB of JSON). The ladder costs
        // O(m³) to compute, so m = 600 rather than 1000 keeps the test short; the transport has no per-message limit.
        await using var hub = await RunsHubClient.ConnectAsync(server, Token);
        var submission = RunsHubClient.Submission("lanczos",
            """{ "source": { "synthetic": { "kind": "uniform", "n": 600, "seed": 5 } }, "variant": "none", "trackOrthogonality": false }""");

        var events = await hub.ReadRunAsync((await hub.SubmitAsync(submission, Token)).Id, Token);

        var steps = events.Where(e => e.Step is not null).Select(e => e.Step!).ToList();
        steps.Select(s => s.RitzValues.Length).ShouldBe(Enumerable.Range(1, 600));
        steps[^1].ResidualBounds.Length.ShouldBe(600);
        steps[^1].RitzValues.ShouldAllBe(v => Math.Abs(v) < 50 + 1e-6); // inside the spectrum U[-50, 50) (interlacing)
        events[^1].State.ShouldBe(RunState.Succeeded);
    }

    [Fact]
    public async Task StreamRun_FromSequence_ResumesThere()
    {
        await using var hub = await RunsHubClient.ConnectAsync(server, Token);
        var run = await hub.SubmitAsync(RunsHubClient.Lanczos(n: 20, m: 20), Token);
        await hub.ReadRunAsync(run.Id, Token);

        var tail = await hub.ReadRunAsync(run.Id, Token, fromSequence: 10);

        tail.Select(e => e.Sequence).ShouldBe(Enumerable.Range(10, 23 - 10).Select(i => (long)i));
    }

    [Fact]
    public async Task StreamRun_UntrackedOrthogonality_NaNLossArrivesAsNaN()
    {
        await using var hub = await RunsHubClient.ConnectAsync(server, Token);
        var submission = RunsHubClient.Submission("lanczos",
            """{ "source": { "synthetic": { "kind": "gaussian", "n": 12, "seed": 3 } }, "trackOrthogonality": false }""");

        var events = await hub.ReadRunAsync((await hub.SubmitAsync(submission, Token)).Id, Token);

        events[^1].State.ShouldBe(RunState.Succeeded);
        events.Where(e => e.Step is not null).ShouldAllBe(e => double.IsNaN(e.Step!.OrthogonalityLoss));
    }

    [Fact]
    public async Task Cancel_LongRunningRun_StreamEndsCancelledWithTheStepsDoneSoFar()
    {
        await using var hub = await RunsHubClient.ConnectAsync(server, Token);
        var run = await hub.SubmitAsync(RunsHubClient.Lanczos(n: 1500, m: 1500), Token);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
        timeout.CancelAfter(RunsHubClient.Cap);
        var events = new List<RunEvent>();
        bool? cancelled = null;

        await foreach (var e in hub.StreamAsync<RunEvent>(nameof(RunsHub.StreamRun), run.Id, 0L, timeout.Token))
        {
            events.Add(e);
            if (e.Step?.K == 3) cancelled = await hub.InvokeAsync<bool>(nameof(RunsHub.Cancel), run.Id, Token);
        }

        cancelled.ShouldBe(true);
        events[^1].State.ShouldBe(RunState.Cancelled);
        int done = events.Count(e => e.Kind == RunEventKind.Step);
        done.ShouldBeInRange(3, 1499);
        events.Where(e => e.Step is not null).Select(e => e.Step!.K).ShouldBe(Enumerable.Range(1, done));
        events.Where(e => e.Step is not null).Last().Step!.RitzValues.Length.ShouldBe(done);
        (await hub.InvokeAsync<bool>(nameof(RunsHub.Cancel), run.Id, Token)).ShouldBeFalse();
    }

    [Fact]
    public async Task Cancel_UnknownRun_IsFalse()
    {
        await using var hub = await RunsHubClient.ConnectAsync(server, Token);

        (await hub.InvokeAsync<bool>(nameof(RunsHub.Cancel), "no-such-run", Token)).ShouldBeFalse();
    }

    [Fact]
    public async Task StreamRun_UnknownRun_ThrowsHubExceptionAndTheConnectionStaysUsable()
    {
        await using var hub = await RunsHubClient.ConnectAsync(server, Token);

        var error = await Should.ThrowAsync<HubException>(() => hub.ReadRunAsync("no-such-run", Token));

        error.Message.ShouldContain("There is no run 'no-such-run'");
        hub.State.ShouldBe(HubConnectionState.Connected);
        (await hub.InvokeAsync<IReadOnlyList<RunInfoDto>>(nameof(RunsHub.ListRuns), Token)).ShouldNotBeNull();
    }
}
