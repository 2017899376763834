using Microsoft.AspNetCore.Authentication;

namespace HessianDashboard.Web.Access;

/// <summary>
/// The root <c>wwwroot/</c> files are served by <c>UseStaticFiles</c> before routing (decision 002), where the
/// authorization middleware cannot see them; this gate applies the same rule to them: a request for an existing root
/// file from a visitor <see cref="AccessState"/> does not allow is challenged. Only what the login page needs is public.
/// </summary>
public sealed class RootFileGate(RequestDelegate next, AccessState state, IWebHostEnvironment environment)
{
    /// <summary>Root files anyone may fetch: the login page's own.</summary>
    public static readonly IReadOnlySet<string> PublicFiles = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "/favicon.svg", "/css/login.css" };

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!state.Allows(context.User) && context.Request.Path.Value is { Length: > 1 } path
            && !PublicFiles.Contains(path) && environment.WebRootFileProvider.GetFileInfo(path).Exists)
        {
            await context.ChallengeAsync();
            return;
        }
        await next(context);
    }
}
