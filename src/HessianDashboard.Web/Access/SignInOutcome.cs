namespace HessianDashboard.Web.Access;

/// <summary>The result of a password sign-in attempt.</summary>
public enum SignInOutcome
{
    /// <summary>The name and password match a configured user.</summary>
    Succeeded,

    /// <summary>Unknown name or wrong password (the page says only that, for both).</summary>
    WrongCredentials,

    /// <summary>Too many failures for this name from this address within a minute; the password was not checked.</summary>
    Throttled,
}
