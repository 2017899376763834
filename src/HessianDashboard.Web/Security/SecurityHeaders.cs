namespace HessianDashboard.Web.Security;

/// <summary>
/// Headers on every response: no MIME sniffing, the referrer only to this site, and no framing by other sites
/// (<c>X-Frame-Options: DENY</c> and CSP <c>frame-ancestors 'none'</c>, against clickjacking).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = "frame-ancestors 'none'";
        return next(context);
    }
}
