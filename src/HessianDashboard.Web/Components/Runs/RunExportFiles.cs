using System.IO.Compression;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Jobs.Store;

namespace HessianDashboard.Web.Components.Runs;

/// <summary>
/// Run exports as downloads: one run as <c>run-{id}.json</c> (<see cref="RunExportJson"/>), several as one zip of those
/// files. Runs are read from the runner one at a time (its store for older ones), so a zip of many large runs never holds
/// more than one run's objects at once.
/// </summary>
public static class RunExportFiles
{
    /// <summary>The media type of a run export.</summary>
    public const string JsonType = "application/json";

    /// <summary>The media type of several.</summary>
    public const string ZipType = "application/zip";

    /// <summary>A run export's file name.</summary>
    public static string FileName(string runId) => $"run-{runId}.json";

    /// <summary>The export of run <paramref name="runId"/>, or the reason there is none (unknown, or not finished).</summary>
    public static (RunExport? Export, string? Problem) Load(IRunRunner runner, string runId)
    {
        ArgumentNullException.ThrowIfNull(runner);
        if (runner.Get(runId) is not { } info) return (null, $"Run {runId} no longer exists.");
        if (!info.State.IsTerminal()) return (null, $"Run {runId} is {info.State.ToString().ToLowerInvariant()}; only finished runs are exported.");
        try
        {
            return (RunExportJson.FromRun(info, runner.Events(runId)), null);
        }
        catch (KeyNotFoundException)
        {
            return (null, $"Run {runId} no longer exists.");
        }
    }

    /// <summary>The JSON bytes of one export.</summary>
    public static byte[] Json(RunExport export)
    {
        using var stream = new MemoryStream();
        RunExportJson.Write(export, stream);
        return stream.ToArray();
    }

    /// <summary>
    /// A zip of the finished runs among <paramref name="runIds"/> (one JSON file each); <paramref name="problems"/> lists
    /// those left out and why.
    /// </summary>
    /// <returns>The zip's bytes and how many runs it holds.</returns>
    public static (byte[] Zip, int Count) Zip(IRunRunner runner, IEnumerable<string> runIds, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        ArgumentNullException.ThrowIfNull(problems);
        using var stream = new MemoryStream();
        int count = 0;
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var id in runIds)
            {
                var (export, problem) = Load(runner, id);
                if (export is null)
                {
                    problems.Add(problem!);
                    continue;
                }
                using var entry = zip.CreateEntry(FileName(id), CompressionLevel.Optimal).Open();
                RunExportJson.Write(export, entry);
                count++;
            }
        }
        return (stream.ToArray(), count);
    }
}
