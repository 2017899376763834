namespace HessianDashboard.Web.Security;

/// <summary>
/// Where a name that came from a user (an upload's file name, a checkpoint's label, a relative data path) meets the file
/// system: it must be a plain relative name, and its full path must lie inside the directory. Refused: empty names,
/// NUL and other control characters, absolute and rooted paths (<c>/etc/passwd</c>, <c>C:\x</c>, <c>\\server\x</c>),
/// any <c>..</c> segment, Windows device names (<c>CON</c>, <c>NUL</c>, <c>COM1</c>, …, with or without an extension),
/// and anything whose <see cref="Path.GetFullPath(string)"/> does not start with the directory plus a separator
/// (so <c>/data-evil</c> is not inside <c>/data</c>).
/// </summary>
public static class ContainedPath
{
    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    private static StringComparison PathComparison => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
        ? StringComparison.OrdinalIgnoreCase
        : StringComparison.Ordinal;

    /// <summary>The full path of <paramref name="name"/> inside <paramref name="directory"/>.</summary>
    /// <exception cref="UnsafePathException">The name is not a plain relative name, or it resolves outside the directory.</exception>
    public static string Resolve(string directory, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (Problem(name) is { } problem) throw new UnsafePathException($"'{Printable(name)}' is not accepted as a file name: {problem}.");
        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)) + Path.DirectorySeparatorChar;
        string full = Path.GetFullPath(Path.Combine(root, name));
        if (!full.StartsWith(root, PathComparison) || full.Length == root.Length)
            throw new UnsafePathException($"'{Printable(name)}' is not accepted as a file name: it resolves outside {directory}.");
        return full;
    }

    /// <summary>Why <paramref name="name"/> is not a plain relative name, or null when it is.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "it is empty";
        if (name.Any(char.IsControl)) return "it contains NUL or another control character";
        if (Path.IsPathRooted(name) || name[0] is '/' or '\\' || (name.Length >= 2 && name[1] == ':'))
            return "it is an absolute path";
        foreach (string segment in name.Split('/', '\\'))
        {
            if (segment == "..") return "it climbs out with '..'";
            string stem = segment.Split('.')[0].TrimEnd(' ');
            if (DeviceNames.Contains(stem)) return $"'{segment}' is a device name";
        }
        return null;
    }

    private static string Printable(string? name) =>
        new([.. (name ?? "").Take(80).Select(c => char.IsControl(c) ? '?' : c)]);
}
