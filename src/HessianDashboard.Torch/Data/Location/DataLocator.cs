namespace HessianDashboard.Torch.Data.Location;

/// <summary>
/// Finds a data set's files in order: the configured data directory, the system roots (Debian's
/// /usr/share/datasets/fashion-mnist), the download directory, then a checksum-verified download from the canonical
/// source; a missing training split may be replaced by the test split when the caller allows it, and says so.
/// Each data set lives in its own folder under a root (e.g. &lt;data-dir&gt;/mnist/t10k-images-idx3-ubyte.gz).
/// </summary>
public sealed class DataLocator
{
    private readonly DataOptions _options;
    private readonly HttpClient? _http;

    /// <summary>Creates the locator; <paramref name="http"/> is used for downloads (a new client when null).</summary>
    public DataLocator(DataOptions options, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _http = http;
    }

    /// <summary>The options in force.</summary>
    public DataOptions Options => _options;

    /// <summary>Looks for <paramref name="split"/> on disk only, in resolution order; null when absent.</summary>
    public DataResolution? FindLocal(DatasetDescriptor dataset, DataSplit split)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (!dataset.HasSplit(split)) return null;
        foreach (var (root, source) in Roots())
        {
            foreach (string folder in dataset.Folders)
            {
                string directory = Path.Combine(root, folder);
                if (!Directory.Exists(directory)) continue;
                string?[] files = [.. dataset.Files(split).Select(f => FindFile(directory, f))];
                if (files.All(f => f is not null))
                    return new DataResolution(dataset, split, split, directory, files!, source, $"{dataset.DisplayName} {Describe(dataset, split)} from {directory} ({Describe(source)})");
            }
        }
        return null;
    }

    /// <summary>
    /// Resolves <paramref name="split"/>: on disk, else downloaded (when allowed), else — for <see cref="DataSplit.Train"/>
    /// with <paramref name="allowTestAsTrain"/> — the test split, with a note saying it stands in for the training split.
    /// </summary>
    /// <exception cref="DataNotFoundException">Nothing worked; the message lists the files to put where and why downloads failed.</exception>
    public async Task<DataResolution> ResolveAsync(DatasetKind kind, DataSplit split, bool allowTestAsTrain = false, CancellationToken cancellationToken = default)
    {
        DatasetDescriptor dataset = DatasetCatalog.Get(kind);
        if (!dataset.HasSplit(split))
            throw new ArgumentException($"{dataset.DisplayName} has no test split; it is one file split 90/10 in memory.", nameof(split));
        if (FindLocal(dataset, split) is { } local) return local;
        Exception? downloadFailure = null;
        if (_options.AllowDownload)
        {
            try
            {
                return await DownloadAsync(dataset, split, cancellationToken);
            }
            catch (DataDownloadException e)
            {
                downloadFailure = e;
            }
        }
        if (allowTestAsTrain && split == DataSplit.Train && FindLocal(dataset, DataSplit.Test) is { } test)
        {
            return test with
            {
                RequestedSplit = DataSplit.Train,
                Note = $"{dataset.DisplayName} training split not found; using the test split ({test.Directory}) as training data",
            };
        }
        string reason = downloadFailure is null ? "Downloads are disabled (Data:AllowDownload = false)." : $"Download failed: {downloadFailure.Message}";
        throw new DataNotFoundException(kind, split, $"{Advice(dataset, split)} {reason}", downloadFailure);
    }

    /// <summary>The on-disk status of every known data set (no network access).</summary>
    public IReadOnlyList<DatasetStatus> GetStatus() => [.. DatasetCatalog.All.Select(GetStatus)];

    /// <summary>The on-disk status of <paramref name="dataset"/>.</summary>
    public DatasetStatus GetStatus(DatasetDescriptor dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        SplitStatus[] splits = [.. Enum.GetValues<DataSplit>().Where(dataset.HasSplit).Select(s => new SplitStatus(s, FindLocal(dataset, s)))];
        string advice = string.Join(" ", splits.Where(s => !s.IsAvailable).Select(s => _options.AllowDownload
            ? $"{Advice(dataset, s.Split)} Otherwise it is downloaded to {DownloadFolder(dataset)} when first needed."
            : Advice(dataset, s.Split)));
        return new DatasetStatus(dataset, splits, _options.AllowDownload, advice);
    }

    /// <summary>"Put X and Y in D (…)": the exact file names and the folder where they are looked for.</summary>
    public string Advice(DatasetDescriptor dataset, DataSplit split)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        string files = string.Join(", ", dataset.Files(split));
        string gz = dataset.Files(split).Any(f => f.EndsWith(".gz", StringComparison.Ordinal)) ? " (gzip or uncompressed without .gz)" : "";
        string where = _options.EffectiveDirectory is { } dir
            ? Path.Combine(dir, dataset.Folders[0])
            : $"<data-dir>/{dataset.Folders[0]} and pass --data-dir <data-dir>, set Data:Directory or {DataOptions.EnvironmentVariable}";
        return $"{dataset.DisplayName} {Describe(dataset, split)} not found. Put {files}{gz} in {where}.";
    }

    private async Task<DataResolution> DownloadAsync(DatasetDescriptor dataset, DataSplit split, CancellationToken cancellationToken)
    {
        string folder = DownloadFolder(dataset);
        var downloader = new DatasetDownloader(_http ?? SharedClient.Value);
        var saved = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DownloadSource source in dataset.DownloadsFor(split))
        {
            IReadOnlyList<string> paths = await downloader.DownloadAsync(source, folder, cancellationToken);
            foreach (string path in paths) saved[Path.GetFileName(path)] = path;
        }
        string[] files = [.. dataset.Files(split).Select(f => saved[f])];
        return new DataResolution(dataset, split, split, folder, files, DataSourceKind.Downloaded,
            $"{dataset.DisplayName} {Describe(dataset, split)} downloaded to {folder} (MD5 verified)");
    }

    private string DownloadFolder(DatasetDescriptor dataset) => Path.Combine(_options.EffectiveDownloadDirectory, dataset.Folders[0]);

    private IEnumerable<(string Root, DataSourceKind Source)> Roots()
    {
        string? dataDirectory = _options.EffectiveDirectory;
        if (dataDirectory is not null) yield return (dataDirectory, DataSourceKind.DataDirectory);
        foreach (string root in _options.SystemRoots) yield return (root, DataSourceKind.SystemLocation);
        string downloads = _options.EffectiveDownloadDirectory;
        if (dataDirectory is null || Path.GetFullPath(downloads) != Path.GetFullPath(dataDirectory))
            yield return (downloads, DataSourceKind.DownloadCache);
    }

    private static string? FindFile(string directory, string name)
    {
        string path = Path.Combine(directory, name);
        if (File.Exists(path)) return path;
        if (!name.EndsWith(".gz", StringComparison.Ordinal)) return null;
        string raw = Path.Combine(directory, name[..^3]);
        return File.Exists(raw) ? raw : null;
    }

    private static string Describe(DatasetDescriptor dataset, DataSplit split) =>
        !dataset.HasSplit(DataSplit.Test) ? "text" : split == DataSplit.Train ? "training split" : "test split";

    private static string Describe(DataSourceKind source) => source switch
    {
        DataSourceKind.DataDirectory => "the data directory",
        DataSourceKind.SystemLocation => "a system location",
        DataSourceKind.DownloadCache => "an earlier download",
        _ => "a download",
    };

    private static readonly Lazy<HttpClient> SharedClient = new(() => new HttpClient { Timeout = TimeSpan.FromMinutes(30) });
}
