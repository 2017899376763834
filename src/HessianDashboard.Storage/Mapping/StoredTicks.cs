namespace HessianDashboard.Storage.Mapping;

/// <summary>Instants as stored: <see cref="DateTimeOffset.UtcTicks"/>, read back in UTC.</summary>
internal static class StoredTicks
{
    public static long From(DateTimeOffset at) => at.UtcTicks;

    public static long? From(DateTimeOffset? at) => at?.UtcTicks;

    public static DateTimeOffset ToInstant(long ticks) => new(ticks, TimeSpan.Zero);

    public static DateTimeOffset? ToInstant(long? ticks) => ticks is { } t ? new DateTimeOffset(t, TimeSpan.Zero) : null;
}
