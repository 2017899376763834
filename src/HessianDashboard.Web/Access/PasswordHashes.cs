using System.Buffers.Binary;
using HessianDashboard.Web.Options;
using Microsoft.AspNetCore.Identity;

namespace HessianDashboard.Web.Access;

/// <summary>
/// Password hashes in ASP.NET Core Identity's V3 format (<see cref="PasswordHasher{TUser}"/>, in the shared framework):
/// base64 of 0x01 | PRF | iterations | salt length | salt | subkey, PBKDF2 with a per-hash random salt, compared in
/// constant time. <c>hessian hash-password</c> prints the same format.
/// </summary>
public static class PasswordHashes
{
    /// <summary>The fewest PBKDF2 iterations a configured hash may use.</summary>
    public const int MinimumIterations = 100_000;

    private static readonly PasswordHasher<AccessUserOptions> Hasher = new(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions
    {
        CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
        IterationCount = MinimumIterations,
    }));

    /// <summary>A new hash of <paramref name="password"/> (PBKDF2-HMAC-SHA512, 100,000 iterations, 16-byte salt).</summary>
    public static string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return Hasher.HashPassword(new AccessUserOptions(), password);
    }

    /// <summary>True when <paramref name="password"/> matches <paramref name="hash"/>; false for a wrong password or a malformed hash.</summary>
    public static bool Verify(string hash, string password)
    {
        if (string.IsNullOrEmpty(hash) || password is null) return false;
        try
        {
            return Hasher.VerifyHashedPassword(new AccessUserOptions(), hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Why <paramref name="hash"/> is not an acceptable V3 hash (not base64, another version, SHA-1, too few iterations, a short salt), or null.</summary>
    public static string? Problem(string? hash)
    {
        if (string.IsNullOrWhiteSpace(hash)) return "it has no PasswordHash";
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(hash.Trim());
        }
        catch (FormatException)
        {
            return "its PasswordHash is not base64 (paste the output of `hessian hash-password`, not the password)";
        }
        if (bytes.Length < 13 || bytes[0] != 0x01) return "its PasswordHash is not an ASP.NET Core Identity V3 hash";
        uint prf = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1));
        uint iterations = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5));
        uint saltLength = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(9));
        if (prf is not (1 or 2)) return "its PasswordHash uses PBKDF2 with HMAC-SHA1; hash it again with `hessian hash-password`";
        if (iterations < MinimumIterations) return $"its PasswordHash uses {iterations:N0} iterations, fewer than {MinimumIterations:N0}";
        if (saltLength < 16 || bytes.Length - 13L - saltLength < 16) return "its PasswordHash has a salt or key shorter than 128 bits";
        return null;
    }
}
