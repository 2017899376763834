using System.Net;
using System.Text.RegularExpressions;

namespace HessianDashboard.Web.Tests.TestSupport;

/// <summary>
/// An HTTP client of a <see cref="DashboardServer"/> with its own cookie jar and no automatic redirects, that signs in
/// through the login form as a browser does (GET /login for the antiforgery token, POST the form).
/// </summary>
internal sealed partial class SignInClient : IDisposable
{
    private readonly HttpClientHandler _handler;

    public SignInClient(DashboardServer server)
    {
        Cookies = new CookieContainer();
        _handler = new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true };
        Http = new HttpClient(_handler) { BaseAddress = server.Address };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Http { get; }

    /// <summary>True when the jar holds the sign-in cookie.</summary>
    public bool HasAuthCookie => Cookies.GetCookies(Http.BaseAddress!).Any(c => c.Name == "HessianDashboard.Auth");

    /// <summary>The hidden antiforgery token of the page at <paramref name="path"/> (which also sets the antiforgery cookie).</summary>
    public async Task<string> AntiforgeryTokenAsync(string path, CancellationToken cancellationToken)
    {
        string html = await Http.GetStringAsync(path, cancellationToken);
        return TokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"{path} has no antiforgery token.");
    }

    /// <summary>Posts the login form of /login{<paramref name="query"/>} with a fresh token.</summary>
    public async Task<HttpResponseMessage> PostLoginAsync(string? name, string? password, CancellationToken cancellationToken, string query = "")
    {
        string token = await AntiforgeryTokenAsync("login" + query, cancellationToken);
        var fields = new Dictionary<string, string> { ["_handler"] = "login", ["__RequestVerificationToken"] = token };
        if (name is not null) fields["Input.Name"] = name;
        if (password is not null) fields["Input.Password"] = password;
        return await Http.PostAsync("login" + query, new FormUrlEncodedContent(fields), cancellationToken);
    }

    /// <summary>Signs in as the secured server's user; throws unless the cookie was set.</summary>
    public async Task SignInAsync(CancellationToken cancellationToken)
    {
        using var response = await PostLoginAsync(SecuredDashboardServer.UserName, SecuredDashboardServer.Password, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect || !HasAuthCookie)
            throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}.");
    }

    public void Dispose()
    {
        Http.Dispose();
        _handler.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
