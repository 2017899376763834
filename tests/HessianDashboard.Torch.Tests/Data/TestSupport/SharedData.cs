namespace HessianDashboard.Torch.Tests.Data.TestSupport;

/// <summary>
/// The workplace's real data sets: the sibling <c>shared/data</c> of the repository's parent folder
/// (found by walking up from the test binaries to HessianDashboard.sln). Tests skip when it is absent.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The path of <paramref name="relative"/> under shared/data; skips the test when it does not exist.</summary>
    public static string Require(string relative)
    {
        string? root = Root.Value;
        if (root is null) Assert.Skip("shared/data was not found beside the repository's parent folder.");
        string path = Path.Combine(root, relative);
        if (!File.Exists(path) && !Directory.Exists(path)) Assert.Skip($"{path} is not present.");
        return path;
    }

    /// <summary>The shared/data folder; skips the test when it does not exist.</summary>
    public static string DataDirectory => Require(".");

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "HessianDashboard.sln"))) continue;
            string candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
            return Directory.Exists(candidate) ? candidate : null;
        }
        return null;
    }
}
