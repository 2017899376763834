namespace HessianDashboard.Web.Options;

/// <summary>Sign-in through an OpenID Connect provider (<c>Access:OpenIdConnect</c>); used when <see cref="Authority"/> is set.</summary>
public sealed class AccessOpenIdConnectOptions
{
    /// <summary>The provider's issuer URL; its discovery document is <c>{Authority}/.well-known/openid-configuration</c>.</summary>
    public string? Authority { get; set; }

    /// <summary>The client id registered with the provider.</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret (authorization code flow); keep it out of committed files (environment or user secrets).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked for; <c>openid</c> is always included.</summary>
    public List<string> Scopes { get; set; } = ["openid", "profile"];

    /// <summary>The claim that names the user (shown in the app bar and recorded as run owner).</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>The label of the sign-in button on the login page.</summary>
    public string DisplayName { get; set; } = "Single sign-on";

    /// <summary>Refuse a provider whose metadata is not served over HTTPS (turn off only for a provider on this machine).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>True when <see cref="Authority"/> is set: the OpenID Connect scheme is registered.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);
}
