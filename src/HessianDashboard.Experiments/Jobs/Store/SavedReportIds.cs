using System.Security.Cryptography;

namespace HessianDashboard.Experiments.Jobs.Store;

/// <summary>Saved report ids: like run ids, 12 lower-case hex characters (48 random bits), safe in a URL as they are.</summary>
public static class SavedReportIds
{
    /// <summary>The length of an id.</summary>
    public const int Length = 12;

    /// <summary>A new random id.</summary>
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Length / 2));

    /// <summary>Whether <paramref name="id"/> has the form of an id.</summary>
    public static bool IsValid(string? id) => id is { Length: Length } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
