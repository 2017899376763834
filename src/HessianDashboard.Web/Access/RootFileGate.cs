using Microsoft.AspNetCore.Authentication;

namespace HessianDashboard.Web.Access;

/// <summary>
/// The root <c>wwwroot/</c> files are served by <c>UseStaticFiles</c> before routing (decision 002), where the
/// authorization middleware cannot see them; this gate applies the same rule to them: a request for an existing root
/// file from a visitor <see cref="AccessState"/> does not allow is challenged. Only what the login page needs is public
/// (<see cref="AccessRequests.IsPublicAsset"/>; with static web assets the web root also holds the package files).
/// </summary>
public sealed class RootFileGate(RequestDelegate next, AccessState state, IWebHostEnvironment environment)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!state.Allows(context.User) && context.Request.Path.Value is { Length: > 1 } path
            && !AccessRequests.IsPublicAsset(path) && environment.WebRootFileProvider.GetFileInfo(path).Exists)
        {
            await context.ChallengeAsync();
            return;
        }
        await next(context);
    }
}
