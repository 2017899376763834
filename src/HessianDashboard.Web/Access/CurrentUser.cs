using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace HessianDashboard.Web.Access;

/// <summary>
/// The signed-in user of this circuit, for the app bar and run ownership (<c>RunSubmitOptions.Owner</c>); null for an
/// anonymous user (a loopback server without sign-in). Blazor Server fixes a circuit's user when it starts, so the
/// authentication state is already complete when a page asks; a state still pending reads as anonymous. It labels
/// runs; it never grants anything (authorization is <see cref="DashboardUserRequirement"/>'s).
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication)
{
    /// <summary>The user's name, or null when anonymous.</summary>
    public string? Name
    {
        get
        {
            Task<AuthenticationState> state;
            try
            {
                state = authentication.GetAuthenticationStateAsync();
            }
            catch (InvalidOperationException)
            {
                return null; // outside a circuit or a request: no user
            }
            return state.IsCompletedSuccessfully ? NameOf(state.Result.User) : null;
        }
    }

    /// <summary>The name of an authenticated <paramref name="user"/>, or null.</summary>
    public static string? NameOf(ClaimsPrincipal? user) =>
        user?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : null;
}
