namespace HessianDashboard.Storage.Tests.TestSupport;

/// <summary>A clock that says what it is told: save times a test can predict.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
