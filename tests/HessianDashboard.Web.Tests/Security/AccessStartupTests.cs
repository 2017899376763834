using System.Net;
using HessianDashboard.Web.Access;
using HessianDashboard.Web.Tests.TestSupport;

namespace HessianDashboard.Web.Tests.Security;

/// <summary>Fail safe: a server that would be open to the network with no way to sign in does not start.</summary>
public sealed class AccessStartupTests
{
    [Fact]
    public void Start_OnEveryInterfaceWithoutUsers_RefusesWithHowToAddOne()
    {
        using var server = new ConfiguredDashboardServer(IPAddress.Any, new Dictionary<string, string?>());

        var error = Should.Throw<AccessConfigurationException>(() => server.Address);

        error.Message.ShouldStartWith("Refusing to start: the dashboard listens on http://0.0.0.0:");
        error.Message.ShouldContain("run `hessian hash-password`, then set Access:Users:0:Name and Access:Users:0:PasswordHash");
    }

    [Fact]
    public void Start_WithAMalformedUser_RefusesBeforeListening()
    {
        using var server = new ConfiguredDashboardServer(IPAddress.Loopback, new Dictionary<string, string?>
        {
            ["Access:Users:0:Name"] = "alice",
            ["Access:Users:0:PasswordHash"] = "hunter2",
        });

        Should.Throw<AccessConfigurationException>(() => server.Address).Message.ShouldContain("Access:Users:0 ('alice'): its PasswordHash is not base64");
    }

    [Fact]
    public async Task Start_OnLoopbackWithoutUsers_IsOpen()
    {
        using var server = new ConfiguredDashboardServer(IPAddress.Loopback, new Dictionary<string, string?>());
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address };

        using var response = await client.GetAsync("runs", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
