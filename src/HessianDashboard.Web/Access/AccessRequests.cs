namespace HessianDashboard.Web.Access;

/// <summary>How the dashboard answers a request that needs sign-in, and which return addresses it follows.</summary>
public static class AccessRequests
{
    /// <summary>The login page.</summary>
    public const string LoginPath = "/login";

    /// <summary>The sign-out endpoint (POST with an antiforgery token).</summary>
    public const string LogoutPath = "/logout";

    /// <summary>Starts an OpenID Connect sign-in (GET, <c>?returnUrl=</c>).</summary>
    public const string ExternalLoginPath = "/login/oidc";

    /// <summary>Root files anyone may fetch: the login page's own.</summary>
    public static readonly IReadOnlySet<string> PublicFiles = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "/favicon.svg", "/css/login.css" };

    /// <summary>Folders of framework and package files, public because the login page needs them (they are the published framework's own).</summary>
    public static readonly IReadOnlyList<string> PublicFolders = ["/_framework/", "/_content/MudBlazor/"];

    /// <summary>True for a file anyone may fetch (<see cref="PublicFiles"/>, <see cref="PublicFolders"/>); <paramref name="path"/> starts with '/'.</summary>
    public static bool IsPublicAsset(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Contains("..", StringComparison.Ordinal)) return false;
        return PublicFiles.Contains(path) || PublicFolders.Any(folder => path.StartsWith(folder, StringComparison.Ordinal));
    }

    /// <summary>
    /// True when <paramref name="request"/> is a browser navigation (a GET or HEAD that is not an XHR, the runs hub or the
    /// Blazor circuit): it is redirected to the login page. Everything else gets a plain 401.
    /// </summary>
    public static bool IsNavigation(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return false;
        if (string.Equals(request.Headers.XRequestedWith, "XMLHttpRequest", StringComparison.OrdinalIgnoreCase)) return false;
        var path = request.Path;
        return !path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Answers a request that needs sign-in with 401 and a one-line text body (so no error page replaces it).</summary>
    public static Task RefuseAsync(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync("Sign-in required: sign in at /login first.");
    }

    /// <summary>
    /// <paramref name="returnUrl"/> when it is a path on this site ("/lab?x=1"), otherwise "/": absolute URLs,
    /// protocol-relative "//host" and "/\host", and control characters are refused (no open redirect).
    /// </summary>
    public static string LocalReturnUrl(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > 2048 || returnUrl[0] != '/') return "/";
        if (returnUrl.Length > 1 && returnUrl[1] is '/' or '\\') return "/";
        if (returnUrl.Any(c => char.IsControl(c) || c == '\\')) return "/";
        return returnUrl;
    }
}
