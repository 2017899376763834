using System.Net;
using System.Net.WebSockets;
using System.Text;
using HessianDashboard.Web.Checkpoints;
using HessianDashboard.Web.Hubs;
using HessianDashboard.Web.Tests.TestSupport;
using HessianDashboard.Web.Uploads;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace HessianDashboard.Web.Tests.Security;

/// <summary>
/// Malformed and hostile input against the running, secured server — uploads through the services its upload
/// components call (they arrive over the Blazor circuit, not plain HTTP), form posts, hub requests and hub frames. Each
/// gets a clear refusal, and the server still serves the home page to the signed-in user afterwards.
/// </summary>
public sealed class MalformedInputTests(SecuredDashboardServer server) : IClassFixture<SecuredDashboardServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private MatrixUploadStore Uploads => server.Services.GetRequiredService<MatrixUploadStore>();

    private CheckpointCatalog Checkpoints => server.Services.GetRequiredService<CheckpointCatalog>();

    private async Task<SignInClient> SignedInAsync()
    {
        var client = new SignInClient(server);
        await client.SignInAsync(Token);
        return client;
    }

    private static async Task StillServesAsync(SignInClient client)
    {
        using var home = await client.Http.GetAsync("", Token);
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static MemoryStream Text(string content) => new(Encoding.UTF8.GetBytes(content));

    [Fact]
    public async Task MatrixUpload_LargerThanTheLimit_IsRefusedAndNothingStays()
    {
        using var client = await SignedInAsync();
        // The stream claims nothing: only reading past 1 MiB tells, as it would for a client lying about its size.
        using var content = new MemoryStream(new byte[Uploads.MaxBytes + 10]);

        var result = await Uploads.SaveAsync(content, "big.mtx", Token);

        result.Error!.ShouldContain("larger than the limit of 1 MiB");
        Directory.EnumerateFiles(Uploads.Directory, "*big*").ShouldBeEmpty();
        await StillServesAsync(client);
    }

    [Fact]
    public async Task MatrixUpload_TraversalName_IsStoredInsideTheUploadsFolderUnderAServerName()
    {
        using var client = await SignedInAsync();
        using var content = Text("%%MatrixMarket matrix coordinate real symmetric\n2 2 2\n1 1 1.0\n2 2 2.0\n");

        var result = await Uploads.SaveAsync(content, "../../../../etc/cron.d/evil.mtx", Token);

        result.Error.ShouldBeNull();
        Path.GetDirectoryName(result.Matrix!.Path).ShouldBe(Uploads.Directory);
        Path.GetFileName(result.Matrix.Path).ShouldEndWith("-evil.mtx");
        result.Matrix.FileName.ShouldBe("evil.mtx");
        await StillServesAsync(client);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("%%MatrixMarket matrix coordinate complex symmetric\n1 1 1\n1 1 1 0\n", "complex matrices are not supported")]
    [InlineData("%%MatrixMarket matrix coordinate real symmetric\n3 2 1\n1 1 1.0\n", "must be square")]
    [InlineData("%%MatrixMarket matrix coordinate real symmetric\n2 2 1\n1 1 not-a-number\n", "line 3")]
    [InlineData("\u0000\u0001\u0002 binary junk", "banner")]
    public async Task MatrixUpload_Malformed_IsRefusedWithTheReason(string content, string expected)
    {
        using var client = await SignedInAsync();
        using var stream = Text(content);

        var result = await Uploads.SaveAsync(stream, "bad.mtx", Token);

        result.Matrix.ShouldBeNull();
        (result.Error + (result.LineNumber is { } line ? $" (line {line})" : "")).ShouldContain(expected);
        await StillServesAsync(client);
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 }, "shorter than the 8-byte header length")]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, (byte)'{', (byte)'}' }, "above the 100000000-byte limit")]
    [InlineData(new byte[] { 4, 0, 0, 0, 0, 0, 0, 0, (byte)'n', (byte)'o', (byte)'p', (byte)'e' }, "not valid JSON")]
    public async Task CheckpointImport_MalformedSafetensors_IsRefusedAndNothingIsListed(byte[] content, string expected)
    {
        using var client = await SignedInAsync();
        int before = Checkpoints.List().Count;
        using var stream = new MemoryStream(content);

        var result = await Checkpoints.ImportAsync(stream, "model.safetensors", Token);

        result.Entry.ShouldBeNull();
        result.Error!.ShouldContain(expected);
        Checkpoints.List().Count.ShouldBe(before);
        await StillServesAsync(client);
    }

    [Fact]
    public async Task CheckpointImport_LargerThanTheLimit_IsRefusedWhateverTheStreamClaims()
    {
        using var client = await SignedInAsync();
        using var stream = new MemoryStream(new byte[Checkpoints.MaxBytes + 1]);

        var result = await Checkpoints.ImportAsync(stream, "huge.safetensors", Token);

        result.Error!.ShouldContain("larger than the limit of 1 MiB");
        Directory.EnumerateFileSystemEntries(Checkpoints.ImportedFolder).ShouldBeEmpty();
        await StillServesAsync(client);
    }

    [Fact]
    public async Task CheckpointImport_TraversalName_OnlyLabelsTheFileInsideTheImportFolder()
    {
        using var client = await SignedInAsync();
        using var stream = new MemoryStream([1, 2, 3]);

        var result = await Checkpoints.ImportAsync(stream, "..\\..\\..\\etc\\passwd", Token);

        result.Error!.ShouldStartWith("passwd.safetensors is not a checkpoint");
        File.Exists(Path.Combine(Checkpoints.ImportedFolder, "..", "passwd.safetensors")).ShouldBeFalse();
        await StillServesAsync(client);
    }

    [Fact]
    public async Task LoginPost_WithoutTheAntiforgeryToken_Is400()
    {
        using var client = await SignedInAsync();
        using var anonymous = new SignInClient(server);

        using var response = await anonymous.Http.PostAsync("login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["Input.Name"] = SecuredDashboardServer.UserName, ["Input.Password"] = SecuredDashboardServer.Password,
        }), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Token)).ShouldContain("antiforgery token");
        anonymous.HasAuthCookie.ShouldBeFalse();
        await StillServesAsync(client);
    }

    [Theory]
    [InlineData(100_000, "x")]
    [InlineData(10, "\u001b")]
    [InlineData(3, "../")]
    public async Task LoginPost_AbsurdName_IsJustAWrongName(int length, string character)
    {
        using var client = await SignedInAsync();
        using var anonymous = new SignInClient(server);

        using var response = await anonymous.PostLoginAsync(string.Concat(Enumerable.Repeat(character, length)), "pw", Token);

        (await response.Content.ReadAsStringAsync(Token)).ShouldContain("The name or password is wrong.");
        anonymous.HasAuthCookie.ShouldBeFalse();
        await StillServesAsync(client);
    }

    [Fact]
    public async Task LoginPost_NulInTheForm_IsABadRequest()
    {
        using var client = await SignedInAsync();
        using var anonymous = new SignInClient(server);

        using var response = await anonymous.PostLoginAsync("alice\u0000", SecuredDashboardServer.Password, Token);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        anonymous.HasAuthCookie.ShouldBeFalse();
        await StillServesAsync(client);
    }

    [Theory]
    [InlineData("%2F%2Fevil.example%2F")]
    [InlineData("https%3A%2F%2Fevil.example%2F")]
    [InlineData("%2F%5Cevil.example")]
    public async Task LoginPost_ForeignReturnUrl_GoesHomeInstead(string returnUrl)
    {
        using var client = new SignInClient(server);

        using var response = await client.PostLoginAsync(SecuredDashboardServer.UserName, SecuredDashboardServer.Password, Token, "?ReturnUrl=" + returnUrl);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location.ShouldBe(server.Address);
        await StillServesAsync(client);
    }

    [Theory]
    [InlineData("css/..%2F..%2Fappsettings.json")]
    [InlineData("css/%2E%2E/%2E%2E/appsettings.json")]
    [InlineData("_content/MudBlazor/..%2F..%2F..%2Fappsettings.json")]
    [InlineData("_framework/%2E%2E%2F%2E%2E%2FHessianDashboard.sln")]
    public async Task Get_TraversalInTheUrl_NeverServesAFileOutsideTheWebRoot(string path)
    {
        using var client = await SignedInAsync();

        using var response = await client.Http.GetAsync(path, Token);
        string body = await response.Content.ReadAsStringAsync(Token);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        body.ShouldNotContain("\"Runner\"");
        body.ShouldNotContain("Microsoft Visual Studio Solution File");
        await StillServesAsync(client);
    }

    [Fact]
    public async Task Get_Logout_IsNotASignOut()
    {
        using var client = await SignedInAsync();

        using var response = await client.Http.GetAsync("logout", Token);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        client.HasAuthCookie.ShouldBeTrue();
        await StillServesAsync(client);
    }

    public static TheoryData<string, string, string> AbsurdSubmissions() => new()
    {
        { "lanczos", """{ "source": { "synthetic": { "kind": "custom", "n": 2147483647, "seed": 1 } } }""", "N must be in [1, 20000]" },
        { "lanczos", """{ "source": { "synthetic": { "kind": "custom", "n": 50, "seed": 1 } }, "iterations": -5 }""", "Iterations" },
        { "lanczos", """{ "source": { "synthetic": { "kind": "custom", "n": 1e400 } } }""", "does not fit LanczosRunRequest" },
        { new string('k', 10_000), "{}", "Unknown run kind" },
        { "lanczos", string.Concat(Enumerable.Repeat("""{ "a": """, 50)) + "1" + new string('}', 50), "missing required properties including: 'source'" },
        { "lanczos", """{ "source": { "matrixMarketPath": "../../../../etc/shadow" } }""", "matrixMarketPath is not accepted" },
    };

    [Theory]
    [MemberData(nameof(AbsurdSubmissions))]
    public async Task Hub_AbsurdSubmission_IsRefusedAndTheConnectionStays(string kind, string requestJson, string expected)
    {
        using var client = await SignedInAsync();
        await using var hub = await RunsHubClient.ConnectAsync(server, Token, client.Cookies);

        var error = await Should.ThrowAsync<HubException>(() => hub.SubmitAsync(RunsHubClient.Submission(kind, requestJson), Token));

        error.Message.ShouldContain(expected);
        (await hub.InvokeAsync<IReadOnlyList<RunInfoDto>>(nameof(RunsHub.ListRuns), Token)).ShouldNotBeNull();
        await StillServesAsync(client);
    }

    [Fact]
    public async Task Hub_StreamOfATraversalRunId_SaysThereIsNoSuchRun()
    {
        using var client = await SignedInAsync();
        await using var hub = await RunsHubClient.ConnectAsync(server, Token, client.Cookies);

        var error = await Should.ThrowAsync<HubException>(() => hub.ReadRunAsync("../../etc/passwd", Token));

        error.Message.ShouldContain("There is no run '../../etc/passwd'");
        await StillServesAsync(client);
    }

    [Theory]
    [InlineData("""{"protocol":"xml","version":1}""", "The protocol 'xml' is not supported")]
    [InlineData("""{"protocol":"json","version":1}""" + "\u001e\u0000\u00ff garbage \u001e", "\"type\":7")]
    [InlineData("""{"protocol":"json","version":1}""" + "\u001e{\"type\":1,\"invocationId\":\"1\",\"target\":\"Submit\",\"arguments\":[{\"kind\":5}]}\u001e", "Failed to invoke 'Submit'")]
    [InlineData("""{"protocol":"json","version":1}""" + "\u001e{\"type\":1,\"invocationId\":\"2\",\"target\":\"NoSuchMethod\",\"arguments\":[]}\u001e", "Failed to invoke 'NoSuchMethod'")]
    [InlineData("""{"protocol":"json","version":1}""" + "\u001e{\"type\":1,\"invocationId\":\"3\",\"target\":\"Submit\",\"arguments\":[{\"kind\":\"lanczos\",\"request\":" + Deep + "}]}\u001e", "\"type\":7")]
    public async Task Hub_GarbageFrames_AreAnsweredAndOtherConnectionsGoOn(string frames, string expected)
    {
        using var client = await SignedInAsync();
        using var socket = new ClientWebSocket();
        socket.Options.Cookies = client.Cookies;
        await socket.ConnectAsync(new UriBuilder(server.Address) { Scheme = "ws", Path = RunsHub.Path }.Uri, Token);

        await socket.SendAsync(Encoding.UTF8.GetBytes(frames + (frames.EndsWith('\u001e') ? "" : "\u001e")), WebSocketMessageType.Text, true, Token);
        string replies = await ReceiveUntilAsync(socket, expected);

        replies.ShouldContain(expected);
        await using var hub = await RunsHubClient.ConnectAsync(server, Token, client.Cookies);
        (await hub.InvokeAsync<IReadOnlyList<RunInfoDto>>(nameof(RunsHub.ListRuns), Token)).ShouldNotBeNull();
        await StillServesAsync(client);
    }

    [Fact]
    public async Task Hub_WebSocketWithoutTheCookie_IsRefused()
    {
        using var client = await SignedInAsync();
        using var socket = new ClientWebSocket();

        var error = await Should.ThrowAsync<WebSocketException>(() =>
            socket.ConnectAsync(new UriBuilder(server.Address) { Scheme = "ws", Path = RunsHub.Path }.Uri, Token));

        error.Message.ShouldContain("401");
        await StillServesAsync(client);
    }

    /// <summary>A JSON value nested 150 deep, beyond the hub protocol reader's depth limit (64).</summary>
    private const string Deep = "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
        + "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]";

    /// <summary>What the server sends until <paramref name="expected"/> has come or it closes (capped).</summary>
    private static async Task<string> ReceiveUntilAsync(ClientWebSocket socket, string expected)
    {
        var text = new StringBuilder();
        var buffer = new byte[8192];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
        timeout.CancelAfter(RunsHubClient.Cap);
        while (socket.State == WebSocketState.Open && !text.ToString().Contains(expected, StringComparison.Ordinal))
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close) break;
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        return text.ToString();
    }
}
