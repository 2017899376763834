using System.Security.Claims;

namespace HessianDashboard.Web.Access;

/// <summary>
/// The server's <see cref="AccessDecision"/>, set once it knows its addresses (<see cref="AccessStartupCheck"/>).
/// Until then sign-in is required: a request that arrives before the decision is never let through by mistake.
/// </summary>
public sealed class AccessState
{
    private volatile AccessDecision? _decision;

    /// <summary>The decision, or null before the server has started.</summary>
    public AccessDecision? Decision => _decision;

    /// <summary>True unless the decision says the server is open (loopback only, <c>Access:Mode</c> Auto).</summary>
    public bool SignInRequired => _decision?.SignInRequired ?? true;

    /// <summary>True when <paramref name="user"/> may use the dashboard: it is signed in, or no sign-in is required.</summary>
    public bool Allows(ClaimsPrincipal? user) => !SignInRequired || user?.Identity?.IsAuthenticated == true;

    internal void Apply(AccessDecision decision) => _decision = decision ?? throw new ArgumentNullException(nameof(decision));
}
