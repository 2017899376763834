namespace HessianDashboard.Web.Tests.TestSupport;

/// <summary>
/// Waits for a condition that background work makes true (a debounced address write, a run reaching a state), polling
/// every 10 ms for at most <see cref="BunitWaits.Default"/>: long enough for a CI machine running every test assembly
/// at once, and only spent when the condition never holds.
/// </summary>
internal static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> until it holds or <paramref name="timeout"/> passes; returns its last value.</summary>
    public static async Task<bool> HoldsAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + (timeout ?? BunitWaits.Default);
        while (!condition() && DateTime.UtcNow < deadline) await Task.Delay(10, Xunit.TestContext.Current.CancellationToken);
        return condition();
    }
}
