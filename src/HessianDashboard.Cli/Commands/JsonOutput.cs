using HessianDashboard.Experiments.Common;
using Spectre.Console;

namespace HessianDashboard.Cli.Commands;

/// <summary>Writes a result as JSON when <c>--json FILE</c> was given.</summary>
internal static class JsonOutput
{
    public static void WriteIfRequested<T>(string? path, T result, IAnsiConsole console)
    {
        if (path is null) return;
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (directory is not null && !Directory.Exists(directory))
            throw new DirectoryNotFoundException($"cannot write {path}: folder {directory} does not exist");
        File.WriteAllText(full, ExperimentJson.Serialize(result));
        console.MarkupLineInterpolated($"[grey]JSON written to {full}[/]");
    }
}
