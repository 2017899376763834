using System.Buffers.Binary;
using HessianDashboard.Web.Access;
using HessianDashboard.Web.Options;
using Microsoft.AspNetCore.Identity;

namespace HessianDashboard.Web.Tests.Security;

/// <summary>Password hashes are ASP.NET Core Identity V3 hashes: salted PBKDF2, at least 100,000 iterations.</summary>
public sealed class PasswordHashesTests
{
    [Fact]
    public void Hash_ThenVerify_AcceptsThePasswordOnly()
    {
        string hash = PasswordHashes.Hash("correct horse");

        PasswordHashes.Verify(hash, "correct horse").ShouldBeTrue();
        PasswordHashes.Verify(hash, "correct hors").ShouldBeFalse();
        PasswordHashes.Verify(hash, "Correct horse").ShouldBeFalse();
        PasswordHashes.Verify(hash, "").ShouldBeFalse();
    }

    [Fact]
    public void Hash_IsV3WithSha512A16ByteSaltAnd100000Iterations()
    {
        byte[] bytes = Convert.FromBase64String(PasswordHashes.Hash("x"));

        bytes[0].ShouldBe((byte)0x01);
        BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)).ShouldBe(2u); // KeyDerivationPrf.HMACSHA512
        BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)).ShouldBe(100_000u);
        BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(9)).ShouldBe(16u);
        PasswordHashes.Problem(Convert.ToBase64String(bytes)).ShouldBeNull();
    }

    [Fact]
    public void Hash_SamePasswordTwice_DiffersByTheSalt() => PasswordHashes.Hash("x").ShouldNotBe(PasswordHashes.Hash("x"));

    [Fact]
    public void Verify_AHashMadeByIdentitysOwnHasher_IsAccepted()
    {
        string hash = new PasswordHasher<AccessUserOptions>().HashPassword(new AccessUserOptions(), "pw");

        PasswordHashes.Verify(hash, "pw").ShouldBeTrue();
        PasswordHashes.Problem(hash).ShouldBeNull();
    }

    [Theory]
    [InlineData(null, "no PasswordHash")]
    [InlineData("hunter2!", "not base64")]
    [InlineData("AA==", "not an ASP.NET Core Identity V3 hash")]
    public void Problem_NotAHash_SaysWhy(string? hash, string expected) => PasswordHashes.Problem(hash)!.ShouldContain(expected);

    [Fact]
    public void Problem_TooFewIterations_IsRefused()
    {
        var hasher = new PasswordHasher<AccessUserOptions>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 10_000 }));
        string weak = hasher.HashPassword(new AccessUserOptions(), "pw");

        PasswordHashes.Problem(weak)!.ShouldContain("10,000 iterations");
    }

    [Fact]
    public void Problem_IdentityV2Hash_IsRefused()
    {
        var hasher = new PasswordHasher<AccessUserOptions>(Microsoft.Extensions.Options.Options.Create(
            new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2 }));

        PasswordHashes.Problem(hasher.HashPassword(new AccessUserOptions(), "pw"))!.ShouldContain("not an ASP.NET Core Identity V3 hash");
    }

    [Fact]
    public void Verify_MalformedHash_IsFalseNotAnException() => PasswordHashes.Verify("%%%", "pw").ShouldBeFalse();
}
