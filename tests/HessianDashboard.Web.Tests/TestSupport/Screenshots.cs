namespace HessianDashboard.Web.Tests.TestSupport;

/// <summary>
/// Where browser tests save screenshots: the test output folder by default, so a test run never
/// modifies tracked files; set HESSIAN_SCREENSHOTS_DIR (e.g. to docs/screenshots) to refresh the
/// committed ones deliberately.
/// </summary>
internal static class Screenshots
{
    public static string PathFor(string name)
    {
        string folder = Environment.GetEnvironmentVariable("HESSIAN_SCREENSHOTS_DIR") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
