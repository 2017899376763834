using HessianDashboard.Web.Access;
using HessianDashboard.Web.Options;
using Microsoft.Extensions.Time.Testing;

namespace HessianDashboard.Web.Tests.Security;

/// <summary>Five failures a minute per name and address, then a pause (the clock is fake: nothing waits).</summary>
public sealed class SignInThrottleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly SignInThrottle _throttle;

    public SignInThrottleTests() =>
        _throttle = new SignInThrottle(Microsoft.Extensions.Options.Options.Create(new AccessOptions { MaxFailedSignInsPerMinute = 5 }), _time);

    private void Fail(int times, string name = "alice", string address = "10.0.0.1")
    {
        for (int i = 0; i < times; i++) _throttle.Failed(name, address);
    }

    [Fact]
    public void MayTry_AfterFourFailures_IsTrue()
    {
        Fail(4);

        _throttle.MayTry("alice", "10.0.0.1").ShouldBeTrue();
    }

    [Fact]
    public void MayTry_AfterFiveFailures_IsFalseForThatNameAndAddressOnly()
    {
        Fail(5);

        _throttle.MayTry("alice", "10.0.0.1").ShouldBeFalse();
        _throttle.MayTry("ALICE ", "10.0.0.1").ShouldBeFalse();
        _throttle.MayTry("alice", "10.0.0.2").ShouldBeTrue();
        _throttle.MayTry("bob", "10.0.0.1").ShouldBeTrue();
    }

    [Fact]
    public void MayTry_AMinuteAfterTheFirstFailure_IsTrueAgain()
    {
        Fail(1);
        _time.Advance(TimeSpan.FromSeconds(30));
        Fail(4);
        _throttle.MayTry("alice", "10.0.0.1").ShouldBeFalse();

        _time.Advance(TimeSpan.FromSeconds(30));

        _throttle.MayTry("alice", "10.0.0.1").ShouldBeTrue();
    }

    [Fact]
    public void Succeeded_ForgetsTheFailures()
    {
        Fail(4);

        _throttle.Succeeded("alice", "10.0.0.1");
        Fail(4);

        _throttle.MayTry("alice", "10.0.0.1").ShouldBeTrue();
    }

    [Fact]
    public void Failed_FromMoreAddressesThanTracked_StaysBoundedAndKeepsCounting()
    {
        for (int i = 0; i < SignInThrottle.MaxTracked + 10; i++) _throttle.Failed("alice", $"a{i}");
        Fail(5, address: "last");

        _throttle.MayTry("alice", "last").ShouldBeFalse();
    }
}
