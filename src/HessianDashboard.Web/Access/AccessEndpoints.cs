using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;

namespace HessianDashboard.Web.Access;

/// <summary>The sign-out endpoint and the start of an OpenID Connect sign-in (the login page itself is a Razor page).</summary>
public static class AccessEndpoints
{
    /// <summary>Maps <see cref="AccessRequests.LogoutPath"/> (POST, antiforgery) and <see cref="AccessRequests.ExternalLoginPath"/>.</summary>
    public static IEndpointRouteBuilder MapAccessEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(AccessRequests.LogoutPath, LogoutAsync).WithMetadata(new AllowAnonymousAttribute()).DisableAntiforgery();
        endpoints.MapGet(AccessRequests.ExternalLoginPath, ExternalLoginAsync).WithMetadata(new AllowAnonymousAttribute());
        return endpoints;
    }

    /// <summary>Signs out of the cookie (the antiforgery token is checked here, so a bad one is a clear 400) and goes to the login page.</summary>
    private static async Task<IResult> LogoutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
            return Results.Text("Sign-out needs the form's antiforgery token; use the sign-out button.", statusCode: StatusCodes.Status400BadRequest);
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect(AccessRequests.LoginPath);
    }

    /// <summary>Challenges the OpenID Connect scheme (when configured), returning to a local address afterwards.</summary>
    private static async Task<IResult> ExternalLoginAsync(HttpContext context, IAuthenticationSchemeProvider schemes, string? returnUrl)
    {
        if (await schemes.GetSchemeAsync(OpenIdConnectDefaults.AuthenticationScheme) is null)
            return Results.Text("No OpenID Connect provider is configured (Access:OpenIdConnect:Authority).", statusCode: StatusCodes.Status404NotFound);
        return Results.Challenge(new AuthenticationProperties { RedirectUri = AccessRequests.LocalReturnUrl(returnUrl) },
            [OpenIdConnectDefaults.AuthenticationScheme]);
    }
}
