using HessianDashboard.Web.Options;

namespace HessianDashboard.Web.Access;

/// <summary>
/// Whether this server requires a signed-in user, decided once from the <c>Access</c> settings and the addresses it
/// listens on: <see cref="AccessMode.Auto"/> requires sign-in unless every address is loopback
/// (<see cref="LoopbackAddresses"/>), <see cref="AccessMode.Required"/> always. Where sign-in is required and nothing to
/// sign in with is configured, there is no decision: the server must not start (fail safe).
/// </summary>
/// <param name="SignInRequired">True when every page, the hub and every file need an authenticated user.</param>
/// <param name="Reason">One line for the log, naming the addresses.</param>
public sealed record AccessDecision(bool SignInRequired, string Reason)
{
    /// <summary>The decision for <paramref name="options"/> on <paramref name="addresses"/>.</summary>
    /// <exception cref="AccessConfigurationException">A user is malformed, or sign-in is required and no user or provider is configured.</exception>
    public static AccessDecision Decide(AccessOptions options, IReadOnlyCollection<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(addresses);
        EnsureWellFormed(options);
        string listening = addresses.Count == 0 ? "no reported address" : string.Join(", ", addresses);
        bool loopback = LoopbackAddresses.AllLoopback(addresses);
        if (options.Mode == AccessMode.Auto && loopback)
            return new AccessDecision(false, $"Listening on loopback only ({listening}): no sign-in (Access:Mode = Auto).");
        string why = options.Mode == AccessMode.Required
            ? "Access:Mode is Required"
            : $"the dashboard listens on {listening}, which is not loopback only";
        if (!options.HasSignIn) throw new AccessConfigurationException(NoSignInMessage(why));
        return new AccessDecision(true, $"Sign-in required: {why}.");
    }

    /// <summary>Refuses malformed users (no name, a name given twice, a hash that is not an acceptable V3 hash) and a half-configured provider.</summary>
    /// <exception cref="AccessConfigurationException">With the user or setting at fault.</exception>
    public static void EnsureWellFormed(AccessOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < options.Users.Count; i++)
        {
            var user = options.Users[i];
            if (string.IsNullOrWhiteSpace(user.Name) || user.Name.Trim() != user.Name || user.Name.Length > 64)
                throw new AccessConfigurationException($"Access:Users:{i} needs a Name of 1–64 characters without surrounding spaces.");
            if (!names.Add(user.Name))
                throw new AccessConfigurationException($"Access:Users names '{user.Name}' twice (names are matched ignoring case).");
            if (PasswordHashes.Problem(user.PasswordHash) is { } problem)
                throw new AccessConfigurationException($"Access:Users:{i} ('{user.Name}'): {problem}.");
        }
        var oidc = options.OpenIdConnect;
        if (oidc.IsConfigured && string.IsNullOrWhiteSpace(oidc.ClientId))
            throw new AccessConfigurationException("Access:OpenIdConnect has an Authority but no ClientId.");
        if (oidc.IsConfigured && !Uri.TryCreate(oidc.Authority, UriKind.Absolute, out _))
            throw new AccessConfigurationException($"Access:OpenIdConnect:Authority '{oidc.Authority}' is not an absolute URL.");
        if (options.MaxFailedSignInsPerMinute is < 1 or > 1000)
            throw new AccessConfigurationException("Access:MaxFailedSignInsPerMinute must lie in [1, 1000].");
        if (options.SessionHours is < 1 or > 24 * 30)
            throw new AccessConfigurationException("Access:SessionHours must lie in [1, 720].");
    }

    private static string NoSignInMessage(string why) =>
        $"Refusing to start: {why}, so every page, the runs hub and every file need a signed-in user, but no user " +
        "(Access:Users) and no OpenID Connect provider (Access:OpenIdConnect:Authority) is configured. " +
        "Add a user: run `hessian hash-password`, then set Access:Users:0:Name and Access:Users:0:PasswordHash " +
        "(in appsettings.json, or as the environment variables Access__Users__0__Name and Access__Users__0__PasswordHash). " +
        "Or listen on 127.0.0.1 only (Urls). See docs/security.md.";
}
