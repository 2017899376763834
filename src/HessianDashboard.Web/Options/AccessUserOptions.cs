namespace HessianDashboard.Web.Options;

/// <summary>One user of the cookie sign-in (<c>Access:Users:N</c>).</summary>
public sealed class AccessUserOptions
{
    /// <summary>The sign-in name, matched ignoring case; also the owner recorded on the user's runs.</summary>
    public string Name { get; set; } = "";

    /// <summary>
    /// The password hash printed by <c>hessian hash-password</c>: ASP.NET Core Identity's V3 format (PBKDF2 with
    /// HMAC-SHA512, a 16-byte salt, at least 100,000 iterations; base64). Never the password itself.
    /// </summary>
    public string PasswordHash { get; set; } = "";
}
