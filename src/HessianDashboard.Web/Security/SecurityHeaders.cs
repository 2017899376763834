namespace HessianDashboard.Web.Security;

/// <summary>
/// Headers on every response: no MIME sniffing, the referrer only to this site, and no framing by other sites
/// (<c>X-Frame-Options: DENY</c> and CSP <c>frame-ancestors 'none'</c>, against clickjacking).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>The content security policy: no framing at all.</summary>
    public const string FrameAncestors = "frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
        // Blazor sets its own frame-ancestors policy on component responses (configured to 'none' where they are mapped).
        context.Response.OnStarting(() =>
        {
            if (!context.Response.Headers.ContainsKey("Content-Security-Policy")) context.Response.Headers.ContentSecurityPolicy = FrameAncestors;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
