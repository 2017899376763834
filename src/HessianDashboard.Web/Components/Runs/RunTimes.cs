using System.Globalization;

namespace HessianDashboard.Web.Components.Runs;

/// <summary>How the run pages write instants: the server's local time for reading, UTC for the tooltip.</summary>
public static class RunTimes
{
    /// <summary><c>2026-11-26 23:22:22</c> in <paramref name="zone"/>; <see cref="Shared.RunText.None"/> for null.</summary>
    public static string Local(DateTimeOffset? at, TimeZoneInfo zone) => at is { } value
        ? TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
        : Shared.RunText.None;

    /// <summary><c>2026-11-26 22:22:22 UTC</c>; empty for null.</summary>
    public static string Utc(DateTimeOffset? at) => at is { } value
        ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)
        : "";
}
