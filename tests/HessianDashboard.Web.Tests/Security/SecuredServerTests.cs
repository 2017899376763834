using System.Net;
using HessianDashboard.Web.Hubs;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;

namespace HessianDashboard.Web.Tests.Security;

/// <summary>
/// The real host bound to 0.0.0.0 with one user: nothing is served to an anonymous client except the login page and
/// the framework files it needs; signing in through the form opens everything, signing out closes it again.
/// </summary>
public sealed class SecuredServerTests(SecuredDashboardServer server) : IClassFixture<SecuredDashboardServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> Pages() => ["", "lab", "runs", "studies", "experiments/exact-vs-lanczos", "checkpoints", "data", "no-such-page"];

    [Fact]
    public void Server_BoundToEveryInterface_ListensOnANonLoopbackAddress() =>
        server.ListeningAddress.ShouldStartWith("http://0.0.0.0:");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_PageWithoutSignIn_RedirectsToTheLoginPageWithTheReturnUrl(string path)
    {
        using var client = new SignInClient(server);

        using var response = await client.Http.GetAsync(path, Token);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"{server.Address}login?ReturnUrl={Uri.EscapeDataString("/" + path)}");
    }

    [Theory]
    [InlineData("css/app.css")]
    [InlineData("js/dashboard.js")]
    [InlineData("js/charts.js")]
    [InlineData("lib/apexcharts/apexcharts.min.js")]
    public async Task Get_OurStaticFileWithoutSignIn_IsRefused(string path)
    {
        using var client = new SignInClient(server);

        using var response = await client.Http.GetAsync(path, Token);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/login");
    }

    [Theory]
    [InlineData("POST", "hubs/runs/negotiate?negotiateVersion=1")]
    [InlineData("POST", "_blazor/negotiate?negotiateVersion=1")]
    [InlineData("GET", "hubs/runs")]
    [InlineData("POST", "lab")]
    public async Task Request_HubCircuitOrPostWithoutSignIn_Is401(string method, string path)
    {
        using var client = new SignInClient(server);

        using var response = await client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync(Token)).ShouldContain("Sign-in required");
    }

    [Fact]
    public async Task Get_XhrWithoutSignIn_Is401NotARedirect()
    {
        using var client = new SignInClient(server);
        using var request = new HttpRequestMessage(HttpMethod.Get, "runs");
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");

        using var response = await client.Http.SendAsync(request, Token);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("login", "text/html")]
    [InlineData("css/login.css", "text/css")]
    [InlineData("favicon.svg", "image/svg+xml")]
    [InlineData("_framework/blazor.web.js", "text/javascript")]
    [InlineData("_content/MudBlazor/MudBlazor.min.css", "text/css")]
    public async Task Get_WhatTheLoginPageNeeds_IsServedWithoutSignIn(string path, string contentType)
    {
        using var client = new SignInClient(server);

        using var response = await client.Http.GetAsync(path, Token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
    }

    [Fact]
    public async Task Get_LoginPage_HasTheFormAndSecurityHeadersAndNoDashboardFiles()
    {
        using var client = new SignInClient(server);

        using var response = await client.Http.GetAsync("login", Token);
        string html = await response.Content.ReadAsStringAsync(Token);

        html.ShouldContain("""name="Input.Name""");
        html.ShouldContain("""type="password""");
        html.ShouldContain("__RequestVerificationToken");
        html.ShouldNotContain("css/app.css");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["same-origin"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsAGenericErrorAndSetsNoCookie()
    {
        using var client = new SignInClient(server);

        using var response = await client.PostLoginAsync(SecuredDashboardServer.UserName, "wrong password", Token);
        string html = await response.Content.ReadAsStringAsync(Token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("The name or password is wrong.");
        html.ShouldNotContain("wrong password");
        client.HasAuthCookie.ShouldBeFalse();
        using var home = await client.Http.GetAsync("", Token);
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Login_UnknownUser_ShowsTheSameErrorAsAWrongPassword()
    {
        using var client = new SignInClient(server);

        using var response = await client.PostLoginAsync("nobody", SecuredDashboardServer.Password, Token);

        (await response.Content.ReadAsStringAsync(Token)).ShouldContain("The name or password is wrong.");
        client.HasAuthCookie.ShouldBeFalse();
    }

    [Fact]
    public async Task Login_SixFailuresInAMinute_TheSixthIsRefusedUnchecked()
    {
        using var client = new SignInClient(server);
        const string name = "mallory"; // a name of its own: the throttle counts per name and address
        for (int i = 0; i < 5; i++)
        {
            using var failed = await client.PostLoginAsync(name, "guess " + i, Token);
            (await failed.Content.ReadAsStringAsync(Token)).ShouldContain("The name or password is wrong.");
        }

        using var refused = await client.PostLoginAsync(name, "guess 5", Token);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.Content.ReadAsStringAsync(Token)).ShouldContain("Too many failed sign-ins");
    }

    [Fact]
    public async Task Login_RightPassword_SetsTheCookieThenPagesFilesAndTheHubAnswer()
    {
        using var client = new SignInClient(server);

        using var response = await client.PostLoginAsync(SecuredDashboardServer.UserName, SecuredDashboardServer.Password, Token, "?ReturnUrl=%2Fruns");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location.ShouldBe(new Uri(server.Address, "runs"));
        client.HasAuthCookie.ShouldBeTrue();
        using var home = await client.Http.GetAsync("", Token);
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        string html = await home.Content.ReadAsStringAsync(Token);
        html.ShouldMatch("""data-testid="user-name"[^>]*>alice<""");
        html.ShouldContain("css/app.css");
        (await client.Http.GetAsync("css/app.css", Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.Http.PostAsync("_blazor/negotiate?negotiateVersion=1", null, Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Hub_WithTheCookie_ConnectsAndSubmitRecordsTheOwner()
    {
        using var client = new SignInClient(server);
        await client.SignInAsync(Token);

        await using var hub = await RunsHubClient.ConnectAsync(server, Token, client.Cookies);
        var run = await hub.SubmitAsync(RunsHubClient.Lanczos(n: 8, m: 8), Token);

        server.Runs.Submitted[run.Id]!.Owner.ShouldBe(SecuredDashboardServer.UserName);
        (await hub.ReadRunAsync(run.Id, Token))[^1].State.ShouldBe(HessianDashboard.Experiments.Jobs.RunState.Succeeded);
    }

    [Fact]
    public async Task Hub_WithoutTheCookie_CannotConnect()
    {
        var error = await Should.ThrowAsync<HttpRequestException>(() => RunsHubClient.ConnectAsync(server, Token));

        error.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Logout_WithTheToken_SignsOutAndEverythingIsRefusedAgain()
    {
        using var client = new SignInClient(server);
        await client.SignInAsync(Token);
        string token = await client.AntiforgeryTokenAsync("", Token); // the app bar's sign-out form

        using var response = await client.Http.PostAsync("logout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/login");
        client.HasAuthCookie.ShouldBeFalse();
        (await client.Http.GetAsync("", Token)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.Http.PostAsync(RunsHub.Path.TrimStart('/') + "/negotiate?negotiateVersion=1", null, Token)).StatusCode
            .ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Logout_WithoutTheToken_Is400AndTheUserStaysSignedIn()
    {
        using var client = new SignInClient(server);
        await client.SignInAsync(Token);

        using var response = await client.Http.PostAsync("logout", new FormUrlEncodedContent([]), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Token)).ShouldContain("antiforgery token");
        (await client.Http.GetAsync("", Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
