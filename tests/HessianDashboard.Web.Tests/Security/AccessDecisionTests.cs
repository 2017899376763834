using HessianDashboard.Web.Access;
using HessianDashboard.Web.Options;

namespace HessianDashboard.Web.Tests.Security;

/// <summary>The one place that decides whether sign-in is required, and refuses to leave a network binding unprotected.</summary>
public sealed class AccessDecisionTests
{
    private static readonly string Hash = PasswordHashes.Hash("secret");

    private static AccessOptions WithUser(AccessMode mode = AccessMode.Auto) =>
        new() { Mode = mode, Users = [new AccessUserOptions { Name = "alice", PasswordHash = Hash }] };

    [Fact]
    public void Decide_AutoOnLoopbackWithoutUsers_IsOpen() =>
        AccessDecision.Decide(new AccessOptions(), ["http://127.0.0.1:5000", "http://[::1]:5000"]).SignInRequired.ShouldBeFalse();

    [Fact]
    public void Decide_AutoOnLoopbackWithUsers_IsStillOpen() =>
        AccessDecision.Decide(WithUser(), ["http://localhost:5000"]).SignInRequired.ShouldBeFalse();

    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://*:5000")]
    [InlineData("http://[::]:5000")]
    [InlineData("http://dashboard.example.org:80")]
    public void Decide_AutoOnANetworkAddressWithAUser_RequiresSignIn(string address)
    {
        var decision = AccessDecision.Decide(WithUser(), [address]);

        decision.SignInRequired.ShouldBeTrue();
        decision.Reason.ShouldContain(address);
    }

    [Fact]
    public void Decide_AutoOnANetworkAddressWithoutUsers_RefusesToStartSayingHowToAddOne()
    {
        var error = Should.Throw<AccessConfigurationException>(() => AccessDecision.Decide(new AccessOptions(), ["http://0.0.0.0:5000"]));

        error.Message.ShouldStartWith("Refusing to start: the dashboard listens on http://0.0.0.0:5000, which is not loopback only");
        error.Message.ShouldContain("hessian hash-password");
        error.Message.ShouldContain("Access__Users__0__PasswordHash");
    }

    [Fact]
    public void Decide_RequiredOnLoopback_RequiresSignIn() =>
        AccessDecision.Decide(WithUser(AccessMode.Required), ["http://127.0.0.1:5000"]).SignInRequired.ShouldBeTrue();

    [Fact]
    public void Decide_RequiredWithoutUsers_RefusesToStart() =>
        Should.Throw<AccessConfigurationException>(() => AccessDecision.Decide(new AccessOptions { Mode = AccessMode.Required }, ["http://127.0.0.1:5000"]))
            .Message.ShouldContain("Access:Mode is Required");

    [Fact]
    public void Decide_OnlyAnOpenIdConnectProvider_CountsAsAWayToSignIn()
    {
        var options = new AccessOptions { OpenIdConnect = { Authority = "https://login.example.org", ClientId = "hessian" } };

        AccessDecision.Decide(options, ["http://0.0.0.0:5000"]).SignInRequired.ShouldBeTrue();
    }

    [Fact]
    public void Decide_NoReportedAddress_RequiresSignIn() => AccessDecision.Decide(WithUser(), []).SignInRequired.ShouldBeTrue();

    [Theory]
    [InlineData("", "needs a Name")]
    [InlineData(" alice", "needs a Name")]
    [InlineData("plain-text-password", "is not base64")]
    [InlineData("AQAAAAIAAYagAAAAEAAAAAAAAAAA", "salt or key shorter than 128 bits")]
    public void EnsureWellFormed_BadUser_IsRefusedNamingIt(string nameOrHash, string expected)
    {
        var user = expected == "needs a Name"
            ? new AccessUserOptions { Name = nameOrHash, PasswordHash = Hash }
            : new AccessUserOptions { Name = "alice", PasswordHash = nameOrHash };

        Should.Throw<AccessConfigurationException>(() => AccessDecision.EnsureWellFormed(new AccessOptions { Users = [user] }))
            .Message.ShouldContain(expected);
    }

    [Fact]
    public void EnsureWellFormed_SameNameTwiceIgnoringCase_IsRefused()
    {
        var options = new AccessOptions
        {
            Users = [new AccessUserOptions { Name = "alice", PasswordHash = Hash }, new AccessUserOptions { Name = "ALICE", PasswordHash = Hash }],
        };

        Should.Throw<AccessConfigurationException>(() => AccessDecision.EnsureWellFormed(options)).Message.ShouldContain("twice");
    }

    [Fact]
    public void EnsureWellFormed_ProviderWithoutClientId_IsRefused() =>
        Should.Throw<AccessConfigurationException>(() =>
                AccessDecision.EnsureWellFormed(new AccessOptions { OpenIdConnect = { Authority = "https://login.example.org" } }))
            .Message.ShouldContain("no ClientId");
}
