namespace HessianDashboard.Web.Tests.TestSupport;

/// <summary>
/// shared/data beside the repository's parent folder, or null — without skipping, for settings shared by every test
/// (tests that need the data call <c>SharedData.DataDirectory</c>, which skips when it is absent).
/// </summary>
internal static class SharedDataFolder
{
    private static readonly Lazy<string?> Found = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(System.IO.Path.Combine(dir.FullName, "HessianDashboard.sln"))) continue;
            string candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "data"));
            return Directory.Exists(candidate) ? candidate : null;
        }
        return null;
    });

    public static string? Path => Found.Value;
}
