using System.Collections.Concurrent;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Checkpoints;
using HessianDashboard.Web.Options;
using HessianDashboard.Web.Security;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Web.Checkpoints;

/// <summary>
/// The checkpoints the dashboard knows: those trained here (under the artifact store's <c>checkpoints/</c>) and
/// imported safetensors files (<c>imported/</c>), each validated and described by <see cref="CheckpointInfo.Inspect"/>
/// (cached by path, size and time). An import that does not validate is deleted: nothing malformed is ever listed.
/// </summary>
public sealed class CheckpointCatalog(NetworkArtifactStore store, IOptions<CheckpointsOptions> options)
{
    private readonly ConcurrentDictionary<string, (long Bytes, DateTime Modified, CheckpointInfo? Info)> _cache = new(StringComparer.Ordinal);

    public string TrainedFolder => Path.Combine(store.Root, "checkpoints");

    public string ImportedFolder => Path.Combine(store.Root, "imported");

    public long MaxBytes => options.Value.MaxUploadBytes;

    /// <summary>Every valid checkpoint, trained ones first, newest first within each origin.</summary>
    public IReadOnlyList<CheckpointEntry> List() =>
        [.. Scan(TrainedFolder, CheckpointOrigin.Trained).Concat(Scan(ImportedFolder, CheckpointOrigin.Imported))
            .OrderBy(e => e.Origin).ThenByDescending(e => e.Modified).ThenBy(e => e.Name, StringComparer.Ordinal)];

    /// <summary>
    /// Stores <paramref name="content"/> as an imported checkpoint when it validates; the file name is only a label.
    /// At most <see cref="MaxBytes"/> are read, whatever the caller's stream claims: a larger upload is refused.
    /// </summary>
    public async Task<CheckpointImportResult> ImportAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(ImportedFolder);
        string name = SafeName(fileName);
        string temporary = ContainedPath.Resolve(ImportedFolder, $".upload-{Guid.NewGuid():N}.tmp");
        try
        {
            long bytes;
            await using (var file = File.Create(temporary)) bytes = await BoundedCopy.CopyAsync(content, file, MaxBytes, cancellationToken);
            if (bytes > MaxBytes)
                return new CheckpointImportResult(null, $"{name} is larger than the limit of {MaxBytes / (1024 * 1024)} MiB (Checkpoints:MaxUploadMegabytes).");
            CheckpointInfo info;
            try { info = CheckpointInfo.Inspect(temporary); }
            catch (Exception e) when (e is SafetensorsFormatException or ArgumentException or InvalidOperationException or FormatException or System.Text.Json.JsonException)
            {
                return new CheckpointImportResult(null, $"{name} is not a checkpoint this dashboard can load: {e.Message}");
            }
            string target = ContainedPath.Resolve(ImportedFolder, $"{info.Sha256[..12]}-{name}");
            File.Move(temporary, target, overwrite: true);
            var entry = Describe(target, CheckpointOrigin.Imported);
            return new CheckpointImportResult(entry, entry is null ? $"{name} could not be stored." : null);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>The file name without any folder, with characters outside [A-Za-z0-9._-] replaced, ending in .safetensors.</summary>
    public static string SafeName(string fileName)
    {
        string name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]).TrimStart('.');
        if (name.Length == 0) name = "checkpoint";
        return name.EndsWith(".safetensors", StringComparison.OrdinalIgnoreCase) ? name : name + ".safetensors";
    }

    private IEnumerable<CheckpointEntry> Scan(string folder, CheckpointOrigin origin)
    {
        if (!Directory.Exists(folder)) yield break;
        foreach (string path in Directory.EnumerateFiles(folder, "*.safetensors", SearchOption.AllDirectories))
        {
            if (Describe(path, origin) is { } entry) yield return entry;
        }
    }

    private CheckpointEntry? Describe(string path, CheckpointOrigin origin)
    {
        var file = new FileInfo(path);
        if (!file.Exists) return null;
        var cached = _cache.TryGetValue(path, out var hit) && hit.Bytes == file.Length && hit.Modified == file.LastWriteTimeUtc ? hit.Info : Inspect(file);
        if (cached is null) return null;
        string name = origin == CheckpointOrigin.Imported && file.Name.Length > 13 && file.Name[12] == '-' ? file.Name[13..] : file.Name;
        return new CheckpointEntry(cached, origin, name, file.Length, file.LastWriteTimeUtc);
    }

    private CheckpointInfo? Inspect(FileInfo file)
    {
        CheckpointInfo? info;
        try { info = CheckpointInfo.Inspect(file.FullName); }
        catch (Exception e) when (e is SafetensorsFormatException or IOException or ArgumentException or InvalidOperationException or FormatException or System.Text.Json.JsonException)
        {
            info = null; // e.g. a checkpoint still being written
        }
        _cache[file.FullName] = (file.Length, file.LastWriteTimeUtc, info);
        return info;
    }
}
