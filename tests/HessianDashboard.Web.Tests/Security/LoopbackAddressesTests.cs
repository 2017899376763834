using HessianDashboard.Web.Access;

namespace HessianDashboard.Web.Tests.Security;

/// <summary>Which listening addresses count as loopback: only those no other machine can reach.</summary>
public sealed class LoopbackAddressesTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://127.0.0.1:0")]
    [InlineData("http://127.1.2.3:5000")]
    [InlineData("https://127.255.255.254:443")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://LOCALHOST:5000")]
    [InlineData("http://[::1]:5000")]
    [InlineData("http://[::ffff:127.0.0.1]:5000")]
    [InlineData("http://127.0.0.1:5000/")]
    public void IsLoopback_LoopbackAddress_IsTrue(string address) => LoopbackAddresses.IsLoopback(address).ShouldBeTrue();

    [Theory]
    [InlineData("http://*:5000")]
    [InlineData("http://+:5000")]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://[::]:5000")]
    [InlineData("http://192.168.1.10:5000")]
    [InlineData("http://10.0.0.1:5000")]
    [InlineData("http://128.0.0.1:5000")]
    [InlineData("http://example.com:5000")]
    [InlineData("http://localhost.example.com:5000")]
    [InlineData("http://my-host:5000")]
    [InlineData("http://[fe80::1]:5000")]
    [InlineData("http://unix:/tmp/hessian.sock")]
    [InlineData("not a url")]
    [InlineData("")]
    [InlineData(null)]
    public void IsLoopback_AnyOtherAddress_IsFalse(string? address) => LoopbackAddresses.IsLoopback(address).ShouldBeFalse();

    [Fact]
    public void AllLoopback_LocalhostOnBothFamilies_IsTrue() =>
        LoopbackAddresses.AllLoopback(["http://127.0.0.1:5000", "http://[::1]:5000"]).ShouldBeTrue();

    [Fact]
    public void AllLoopback_OneAddressOpenToTheNetwork_IsFalse() =>
        LoopbackAddresses.AllLoopback(["http://127.0.0.1:5000", "http://0.0.0.0:5001"]).ShouldBeFalse();

    [Fact]
    public void AllLoopback_NoAddress_IsFalse() => LoopbackAddresses.AllLoopback([]).ShouldBeFalse();
}
