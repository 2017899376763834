using System.Net;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Security;

/// <summary>
/// <c>Access:OpenIdConnect</c> wires the provider in: with it as the only way to sign in, pages challenge straight to
/// its authorize endpoint (read from its discovery document), while the hub still gets a plain 401.
/// </summary>
public sealed class OpenIdConnectTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ConfiguredDashboardServer Server(FakeOpenIdProvider provider) => new(IPAddress.Loopback, new Dictionary<string, string?>
    {
        ["Access:Mode"] = "Required",
        ["Access:OpenIdConnect:Authority"] = provider.Authority,
        ["Access:OpenIdConnect:ClientId"] = "hessian-test",
        ["Access:OpenIdConnect:ClientSecret"] = "not-a-secret",
        ["Access:OpenIdConnect:RequireHttpsMetadata"] = "false",
        ["Access:OpenIdConnect:DisplayName"] = "Example SSO",
    });

    [Fact]
    public async Task Get_PageWithoutSignIn_RedirectsToTheProvidersAuthorizeEndpoint()
    {
        await using var provider = await FakeOpenIdProvider.StartAsync(Token);
        using var server = Server(provider);
        using var client = new SignInClient(server);

        using var response = await client.Http.GetAsync("runs", Token);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        string location = response.Headers.Location!.AbsoluteUri;
        location.ShouldStartWith(provider.AuthorizeEndpoint + "?client_id=hessian-test&");
        location.ShouldContain("response_type=code");
        location.ShouldContain("code_challenge_method=S256");
        location.ShouldContain("scope=openid%20profile");
        location.ShouldContain("redirect_uri=" + Uri.EscapeDataString(server.Address + "signin-oidc"));
    }

    [Fact]
    public async Task LoginPage_OffersTheProviderAndItsLinkChallenges()
    {
        await using var provider = await FakeOpenIdProvider.StartAsync(Token);
        using var server = Server(provider);
        using var client = new SignInClient(server);

        string html = await client.Http.GetStringAsync("login?ReturnUrl=%2Flab", Token);
        using var challenge = await client.Http.GetAsync("login/oidc?returnUrl=%2Flab", Token);

        html.ShouldContain("Sign in with Example SSO");
        html.ShouldContain("login/oidc?returnUrl=%2Flab");
        html.ShouldNotContain("Input.Password");
        challenge.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        challenge.Headers.Location!.ToString().ShouldStartWith(provider.AuthorizeEndpoint + "?");
    }

    [Fact]
    public async Task Hub_WithoutSignIn_Is401NotARedirectToTheProvider()
    {
        await using var provider = await FakeOpenIdProvider.StartAsync(Token);
        using var server = Server(provider);
        using var client = new SignInClient(server);

        using var response = await client.Http.PostAsync("hubs/runs/negotiate?negotiateVersion=1", null, Token);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
