namespace HessianDashboard.Web.Options;

/// <summary>
/// The <c>Access</c> section: who may use the dashboard. Loopback-only servers are open (<see cref="AccessMode.Auto"/>);
/// any other binding requires a signed-in user, and the server refuses to start when no way to sign in is configured.
/// See docs/security.md.
/// </summary>
public sealed class AccessOptions
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "Access";

    /// <summary>When sign-in is required.</summary>
    public AccessMode Mode { get; set; } = AccessMode.Auto;

    /// <summary>Users of the cookie sign-in (name and password hash).</summary>
    public List<AccessUserOptions> Users { get; set; } = [];

    /// <summary>An OpenID Connect provider, beside or instead of <see cref="Users"/>.</summary>
    public AccessOpenIdConnectOptions OpenIdConnect { get; set; } = new();

    /// <summary>Failed sign-ins allowed per user name and client address within a minute; further attempts are refused until it passes.</summary>
    public int MaxFailedSignInsPerMinute { get; set; } = 5;

    /// <summary>How long a sign-in lasts without activity, in hours (sliding).</summary>
    public int SessionHours { get; set; } = 12;

    /// <summary>True when at least one way to sign in (a user or a provider) is configured.</summary>
    public bool HasSignIn => Users.Count > 0 || OpenIdConnect.IsConfigured;
}
