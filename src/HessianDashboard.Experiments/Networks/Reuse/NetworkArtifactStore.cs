using System.Security.Cryptography;
using System.Text;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Torch.Data.Location;
using HessianDashboard.Torch.Training;

namespace HessianDashboard.Experiments.Networks.Reuse;

/// <summary>
/// Results that later experiments reuse instead of recomputing, in a folder: trained checkpoints (keyed by the
/// training request), exact Hessian spectra (keyed by the Hessian's fingerprint: parameters, group, precision,
/// batch) with their resumable row files, and Lanczos runs (fingerprint + every Lanczos option, see <see cref="LanczosKey"/>).
/// Only complete results are stored; a cancelled training run or exact Hessian leaves its partial files for resume, a
/// cancelled Lanczos run is not kept. A damaged or mismatched entry is treated as missing and recomputed.
/// </summary>
public sealed class NetworkArtifactStore
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public NetworkArtifactStore(ArtifactStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Root = Path.GetFullPath(options.EffectiveDirectory);
    }

    /// <summary>The store's folder.</summary>
    public string Root { get; }

    /// <summary>The MLP checkpoints of <paramref name="request"/>: trained once, then reused (its own output folder is ignored).</summary>
    public Reused<TrainingRunResult> TrainMlp(TrainMlpRequest request, DataOptions data, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string key = Key("mlp", request.Dataset, request.Samples, request.Resolved() with { OutputDirectory = null, ProgressInterval = 1 });
        string folder = Folder("checkpoints", key);
        return GetOrCreate(Path.Combine(folder, "training.json"), key, () =>
        {
            var options = request.Resolved() with { OutputDirectory = folder };
            return NetworkTrainingExperiment.TrainMlp(request with { Options = options, EpochsExplicit = true }, data, progress, cancellationToken);
        }, r => r.Completed);
    }

    /// <summary>The NanoGPT checkpoints of <paramref name="request"/>: trained once, then reused.</summary>
    public Reused<TrainingRunResult> TrainNanoGpt(TrainNanoGptRequest request, DataOptions data, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string key = Key("nanogpt", request.Options with { OutputDirectory = null, ProgressInterval = 1 });
        string folder = Folder("checkpoints", key);
        return GetOrCreate(Path.Combine(folder, "training.json"), key,
            () => NetworkTrainingExperiment.TrainNanoGpt(request with { Options = request.Options with { OutputDirectory = folder } }, data, progress, cancellationToken),
            r => r.Completed);
    }

    /// <summary>When the training run stored under <paramref name="key"/> was saved (its file's time), or null when none is stored.</summary>
    public DateTimeOffset? TrainedAt(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        string file = Path.Combine(Root, "checkpoints", key, "training.json");
        return File.Exists(file) ? new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero) : null;
    }

    /// <summary>The row file an exact Hessian with <paramref name="fingerprint"/> resumes from.</summary>
    public string ExactRowFile(string fingerprint) => Path.Combine(Folder("exact", Safe(fingerprint)), "rows.f64");

    /// <summary>Stored exact eigenvalues of the Hessian with <paramref name="fingerprint"/>, or null.</summary>
    public double[]? FindExactEigenvalues(string fingerprint) => Read<double[]>(Path.Combine(Folder("exact", Safe(fingerprint)), "eigenvalues.json"));

    /// <summary>Stores exact eigenvalues; the row file is no longer needed and is deleted.</summary>
    public void SaveExactEigenvalues(string fingerprint, double[] eigenvalues)
    {
        string folder = Folder("exact", Safe(fingerprint));
        Write(Path.Combine(folder, "eigenvalues.json"), eigenvalues);
        foreach (string file in Directory.EnumerateFiles(folder, "rows.f64*")) File.Delete(file);
    }

    /// <summary>
    /// The key of a Lanczos run: the Hessian's fingerprint (checkpoint parameters, data batch, parameter group,
    /// precision) and every option that changes the run — m, reorthogonalisation, start seed or explicit start vector,
    /// breakdown tolerance, per-step Ritz values and orthogonality tracking. Device, threads and chunking are not part
    /// of it: they change how the products are computed, not which matrix they multiply by.
    /// </summary>
    public static string LanczosKey(string fingerprint, LanczosOptions options) => Key("lanczos", fingerprint, options);

    /// <summary>
    /// The stored run of <paramref name="options"/> on the Hessian with <paramref name="fingerprint"/>, or null when there
    /// is none or the stored file does not hold exactly that run (damaged, another format, another key, missing steps):
    /// such a file is ignored and the caller recomputes (and overwrites it).
    /// </summary>
    public StoredLanczosRun? FindLanczos(string fingerprint, LanczosOptions options)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentNullException.ThrowIfNull(options);
        string key = LanczosKey(fingerprint, options);
        var stored = Read<StoredLanczosRun>(LanczosFile(key));
        return stored is not null && Matches(stored, fingerprint, key) ? stored : null;
    }

    /// <summary>Stores a finished run (see <see cref="StoredLanczosRun.IsFinished"/>); returns false and stores nothing for a cancelled or failed one.</summary>
    public bool SaveLanczos(StoredLanczosRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!StoredLanczosRun.IsFinished(run.Result.Status)) return false;
        Write(LanczosFile(LanczosKey(run.Fingerprint, run.Options)), run);
        return true;
    }

    private string LanczosFile(string key) => Path.Combine(Folder("lanczos", key), "lanczos.json");

    /// <summary>The file must hold this very run: same format, fingerprint and options (its own key), a finished status and every step.</summary>
    private static bool Matches(StoredLanczosRun stored, string fingerprint, string key) =>
        stored.Format == StoredLanczosRun.CurrentFormat
        && stored.Fingerprint == fingerprint
        && stored.Options is not null && stored.Result is not null && stored.Steps is not null
        && LanczosKey(stored.Fingerprint, stored.Options) == key
        && StoredLanczosRun.IsFinished(stored.Result.Status)
        && stored.Steps.Count == stored.Result.Steps
        && stored.Result.RitzValues.Length == stored.Result.FirstComponents.Length;

    private Reused<T> GetOrCreate<T>(string path, string key, Func<T> create, Func<T, bool> complete) where T : class
    {
        // One computation per artifact at a time in this process: a second request for it waits and then reuses it.
        Gate.Wait();
        try
        {
            if (Read<T>(path) is { } stored) return new Reused<T>(stored, true, key);
            T value = create();
            if (complete(value)) Write(path, value);
            return new Reused<T>(value, false, key);
        }
        finally { Gate.Release(); }
    }

    private string Folder(string kind, string key)
    {
        string folder = Path.Combine(Root, kind, key);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static T? Read<T>(string path) where T : class
    {
        if (!File.Exists(path)) return null;
        try { return ExperimentJson.Deserialize<T>(File.ReadAllText(path)); }
        catch (Exception e) when (e is System.Text.Json.JsonException or IOException or UnauthorizedAccessException)
        {
            return null; // a damaged or unreadable entry is recomputed, not fatal
        }
    }

    private static void Write<T>(string path, T value)
    {
        string temporary = path + ".tmp";
        File.WriteAllText(temporary, ExperimentJson.Serialize(value));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>A short, stable key: SHA-256 of the parts' canonical JSON, first 16 hex digits.</summary>
    public static string Key(params object?[] parts)
    {
        string json = string.Join("\n", parts.Select(p => ExperimentJson.Serialize(p)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16];
    }

    private static string Safe(string fingerprint) => fingerprint.Length > 32 ? fingerprint[..32] : fingerprint;
}
