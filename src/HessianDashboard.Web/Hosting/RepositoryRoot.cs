namespace HessianDashboard.Web.Hosting;

/// <summary>
/// Finds the repository root (the folder holding <see cref="MarkerFile"/>) so that its
/// <c>appsettings.json</c> and <c>wwwroot/</c> are the host's content root and web root.
/// Static web assets do not support linked files (aspnetcore #14087, #38248), so the host is
/// pointed at the root folders instead of copying them into the project.
/// </summary>
public static class RepositoryRoot
{
    /// <summary>The file that marks the repository root.</summary>
    public const string MarkerFile = "HessianDashboard.sln";

    /// <summary>Walks up from <paramref name="start"/>; the first folder holding <see cref="MarkerFile"/>, or null.</summary>
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, MarkerFile))) return dir.FullName;
        }
        return null;
    }

    /// <summary>
    /// Host options: content root = repository root, web root = its <c>wwwroot/</c> when the app runs
    /// from a build inside the repository; the defaults (a published folder) otherwise.
    /// </summary>
    public static WebApplicationOptions CreateOptions(string[] args)
    {
        string? root = Find(AppContext.BaseDirectory);
        if (root is null) return new WebApplicationOptions { Args = args };
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = root,
            WebRootPath = Path.Combine(root, "wwwroot"),
        };
    }

    /// <summary>True when <paramref name="environment"/> was rooted at the repository by <see cref="CreateOptions"/>.</summary>
    public static bool IsUsed(IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return File.Exists(Path.Combine(environment.ContentRootPath, MarkerFile));
    }
}
