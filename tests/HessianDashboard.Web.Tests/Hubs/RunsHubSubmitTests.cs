using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Web.Hubs;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace HessianDashboard.Web.Tests.Hubs;

/// <summary>Submit through the hub: the UI's validation, the hub's own checks, and a server that keeps serving.</summary>
public sealed class RunsHubSubmitTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private const string Custom60 = """{ "kind": "custom", "n": 60, "seed": 1 }""";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> InvalidSubmissions() => new()
    {
        { "lanczos", $$"""{ "source": { "synthetic": {{Custom60}} }, "iterations": 61 }""", "Iterations m = 61 cannot exceed n = 60." },
        { "lanczos", """{ "source": { "synthetic": { "kind": "custom", "n": 0, "seed": 1 } } }""", "N must be in [1, 20000], got 0." },
        { "lanczos", """{ "source": { "synthetic": { "kind": "custom", "n": "sixty" } } }""", "does not fit LanczosRunRequest" },
        { "lanczos", """{ "variant": "full" }""", "missing required properties including: 'source'" },
        { "lanczos", """{ "source": { "matrixMarketPath": "/etc/passwd" } }""", "matrixMarketPath is not accepted from hub clients" },
        { "spectrum-comparison", """{ "matrix": { "matrixMarketPath": "/etc/passwd" } }""", "matrixMarketPath is not accepted from hub clients" },
        { "lanczos", """{ "source": { "synthetic": { "kind": "sideways", "n": 10 } } }""", "does not fit LanczosRunRequest" },
        { "lanczos", "null", "must be a JSON object with the fields of LanczosRunRequest, got null" },
        { "lanczos", "[1, 2]", "got an array" },
        { "power-iteration", "{}", "Unknown run kind 'power-iteration'; use one of: lanczos, spectrum-comparison, runtime-study, convergence-study, train-mlp," },
        { "network-spectrum", """{ "model": "mlp", "checkpoint": "/etc/passwd" }""", "The hub does not read or write server files: checkpoint" },
        { "network-spectrum", """{ "model": "mlp", "exact": true, "exactRowFile": "/tmp/x" }""", "The hub does not read or write server files: exactRowFile" },
        { "spectrum-comparison", """{ "variants": [] }""", "Choose at least one variant." },
        { "runtime-study", """{ "sizes": [1] }""", "Sizes must lie in [2, 5000]." },
        { "convergence-study", """{ "n": 10, "iterations": [20] }""", "Every iteration count m must lie in [1, n = 10]." },
    };

    [Theory]
    [MemberData(nameof(InvalidSubmissions))]
    public async Task Submit_Invalid_ThrowsHubExceptionSayingWhyAndTheServerStillServes(string kind, string requestJson, string expected)
    {
        await using var hub = await RunsHubClient.ConnectAsync(server, Token);
        int before = (await ListAsync(hub)).Count;

        var error = await Should.ThrowAsync<HubException>(() => hub.SubmitAsync(RunsHubClient.Submission(kind, requestJson), Token));

        error.Message.ShouldContain(expected);
        hub.State.ShouldBe(HubConnectionState.Connected);
        (await ListAsync(hub)).Count.ShouldBe(before);
        await SubmitValidRunAsync(hub);
    }

    [Fact]
    public async Task Submit_NullSubmission_ThrowsHubException()
    {
        await using var hub = await RunsHubClient.ConnectAsync(server, Token);

        var error = await Should.ThrowAsync<HubException>(() => hub.InvokeAsync<RunInfoDto>(nameof(RunsHub.Submit), null, Token));

        error.Message.ShouldContain("Submit needs a submission");
        await SubmitValidRunAsync(hub);
    }

    [Fact]
    public async Task Submit_SpectrumComparison_IsQueuedUnderItsKind()
    {
        await using var hub = await RunsHubClient.ConnectAsync(server, Token);
        var submission = RunsHubClient.Submission("spectrum-comparison",
            """{ "spectrum": { "kind": "uniform", "n": 30, "seed": 4 }, "variants": ["none", "full"] }""");

        var run = await hub.SubmitAsync(submission, Token);
        var events = await hub.ReadRunAsync(run.Id, Token);

        run.Kind.ShouldBe("spectrum-comparison");
        events.Count(e => e.Kind == RunEventKind.Step).ShouldBe(2 * 30);
        events[^1].State.ShouldBe(RunState.Succeeded);
    }

    [Fact]
    public async Task Hub_MalformedJsonOnTheWire_ClosesOnlyThatConnection()
    {
        using var socket = new ClientWebSocket();
        var address = new UriBuilder(server.Address) { Scheme = "ws", Path = RunsHub.Path }.Uri;
        await socket.ConnectAsync(address, Token);
        await SendAsync(socket, """{"protocol":"json","version":1}""");
        (await ReceiveAsync(socket)).ShouldBe("{}\u001e"); // handshake accepted

        await SendAsync(socket, """{"type":1,"invocationId":"1","target":"Submit","arguments":[{"kind":"lanczos","request":{"source":""");
        string reply = await ReceiveAsync(socket);

        reply.ShouldContain("\"type\":7"); // Close, with the protocol error
        await using var hub = await RunsHubClient.ConnectAsync(server, Token);
        await SubmitValidRunAsync(hub);
    }

    [Fact]
    public async Task Submit_LargerThanTheReceiveLimit_ClosesThatConnectionOnly()
    {
        await using var hub = await RunsHubClient.ConnectAsync(server, Token);
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.Closed += error => Task.FromResult(closed.TrySetResult(error));
        string padding = new('x', (int)RunsHub.MaximumReceiveMessageSize);

        await Should.ThrowAsync<Exception>(() => hub.SubmitAsync(RunsHubClient.Submission("lanczos", $$"""{ "note": "{{padding}}" }"""), Token));

        await closed.Task.WaitAsync(RunsHubClient.Cap, Token);
        hub.State.ShouldBe(HubConnectionState.Disconnected);
        await using var other = await RunsHubClient.ConnectAsync(server, Token);
        await SubmitValidRunAsync(other);
    }

    private static async Task<IReadOnlyList<RunInfoDto>> ListAsync(HubConnection hub) =>
        await hub.InvokeAsync<IReadOnlyList<RunInfoDto>>(nameof(RunsHub.ListRuns), Token);

    private static async Task SubmitValidRunAsync(HubConnection hub)
    {
        var run = await hub.SubmitAsync(RunsHubClient.Lanczos(n: 8, m: 8), Token);
        (await hub.ReadRunAsync(run.Id, Token))[^1].State.ShouldBe(RunState.Succeeded);
    }

    private static Task SendAsync(ClientWebSocket socket, string message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message + "\u001e"), WebSocketMessageType.Text, endOfMessage: true, Token);

    private static async Task<string> ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[4096];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
        timeout.CancelAfter(RunsHubClient.Cap);
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return result.MessageType == WebSocketMessageType.Close ? "" : Encoding.UTF8.GetString(buffer, 0, result.Count);
    }
}
