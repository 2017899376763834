using HessianDashboard.Web.Options;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Web.Access;

/// <summary>
/// Checks a name and password against <c>Access:Users</c>. An unknown name costs as much as a wrong password (a hash
/// is verified either way), every failure waits <see cref="FailureDelay"/> before answering, and
/// <see cref="SignInThrottle"/> refuses a name/address pair after too many failures.
/// </summary>
public sealed class PasswordSignIn(IOptions<AccessOptions> options, SignInThrottle throttle, TimeProvider time)
{
    /// <summary>Longest name and password looked at; longer ones are simply wrong.</summary>
    public const int MaxNameLength = 64, MaxPasswordLength = 1024;

    /// <summary>How long a failed attempt waits before it is answered.</summary>
    public static readonly TimeSpan FailureDelay = TimeSpan.FromMilliseconds(400);

    // Verified for unknown names, so that they take as long as known ones.
    private static readonly Lazy<string> DummyHash = new(() => PasswordHashes.Hash(Guid.NewGuid().ToString()));

    /// <summary>The outcome and, on success, the user's configured name (its spelling, whatever case was typed).</summary>
    public async Task<(SignInOutcome Outcome, string? UserName)> CheckAsync(string? name, string? password, string address, CancellationToken cancellationToken)
    {
        name = (name ?? "").Trim();
        password ??= "";
        if (!throttle.MayTry(name, address)) return (SignInOutcome.Throttled, null);
        var user = name.Length is > 0 and <= MaxNameLength
            ? options.Value.Users.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase))
            : null;
        bool valid = password.Length is > 0 and <= MaxPasswordLength
            & PasswordHashes.Verify(user?.PasswordHash ?? DummyHash.Value, password.Length <= MaxPasswordLength ? password : "")
            & user is not null;
        if (valid)
        {
            throttle.Succeeded(name, address);
            return (SignInOutcome.Succeeded, user!.Name);
        }
        throttle.Failed(name, address);
        await Task.Delay(FailureDelay, time, cancellationToken);
        return (SignInOutcome.WrongCredentials, null);
    }
}
