using System.Collections;
using System.Reflection;
using System.Runtime.InteropServices;
using HessianDashboard.Experiments.Networks;

namespace HessianDashboard.Experiments.Jobs;

/// <summary>
/// Builds a run's <see cref="RunManifest"/>: the software and machine, captured when the run starts (the same for every
/// run of a process, so computed once), and the <see cref="NetworkManifest"/>s its result carries, added when it finishes.
/// </summary>
public static class RunManifests
{
    /// <summary>How deep <see cref="FindNetworks"/> looks into a result (result → list → item → manifest is 3).</summary>
    public const int MaxDepth = 8;

    private const int MaxItemsPerCollection = 10_000;
    private static readonly Lazy<RunManifest> Process = new(CaptureProcess);

    /// <summary>This process's manifest: app version, runtime, OS, machine, processors and the numerical libraries loaded now.</summary>
    public static RunManifest Capture() => Process.Value with { Libraries = LoadedLibraries() };

    /// <summary>
    /// The manifest of a finished run: <paramref name="started"/> with the libraries loaded now (a run may load MathNet or
    /// TorchSharp itself) and the network manifests of <paramref name="result"/>.
    /// </summary>
    public static RunManifest Finish(RunManifest started, object? result)
    {
        ArgumentNullException.ThrowIfNull(started);
        var libraries = new SortedDictionary<string, string>(LoadedLibraries(), StringComparer.Ordinal);
        foreach (var (name, version) in started.Libraries) libraries.TryAdd(name, version);
        return started with { Libraries = libraries, Networks = FindNetworks(result) };
    }

    /// <summary>
    /// Every <see cref="NetworkManifest"/> reachable from <paramref name="result"/> through public properties and collections,
    /// in the order met (depth first), each once, looking at most <see cref="MaxDepth"/> levels deep. Numeric arrays and
    /// strings are not entered; a property whose getter throws is skipped.
    /// </summary>
    public static IReadOnlyList<NetworkManifest> FindNetworks(object? result)
    {
        var found = new List<NetworkManifest>();
        Walk(result, 0, found, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return found;
    }

    private static void Walk(object? value, int depth, List<NetworkManifest> found, HashSet<object> seen)
    {
        if (value is null || depth > MaxDepth) return;
        if (value is NetworkManifest manifest)
        {
            if (seen.Add(manifest)) found.Add(manifest);
            return;
        }
        var type = value.GetType();
        if (IsLeaf(type) || !seen.Add(value)) return;
        if (value is IEnumerable items)
        {
            if (type.IsArray && IsLeaf(type.GetElementType()!)) return;
            foreach (var item in items.Cast<object?>().Take(MaxItemsPerCollection)) Walk(item, depth + 1, found, seen);
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null || IsLeaf(property.PropertyType)) continue;
            object? child;
            try { child = property.GetValue(value); }
#pragma warning disable CA1031 // a property that cannot be read holds no manifest we could use
            catch (Exception) { continue; }
#pragma warning restore CA1031
            Walk(child, depth + 1, found, seen);
        }
    }

    /// <summary>Types that hold no manifest: primitives, strings, enums, numbers and times.</summary>
    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type.IsPointer || type == typeof(string) || type == typeof(decimal) ||
        type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(Guid) ||
        type == typeof(Type) || (Nullable.GetUnderlyingType(type) is { } inner && IsLeaf(inner));

    /// <summary>MathNet.Numerics and TorchSharp with their versions, those loaded in this process (TorchSharp loads with the first network run).</summary>
    private static SortedDictionary<string, string> LoadedLibraries()
    {
        var libraries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            string? name = assembly.GetName().Name;
            if (name is "MathNet.Numerics" or "TorchSharp") libraries[name] = VersionOf(assembly);
        }
        return libraries;
    }

    private static RunManifest CaptureProcess() =>
        new()
        {
            AppVersion = VersionOf(Assembly.GetEntryAssembly() is { } entry && entry.GetName().Name?.StartsWith("HessianDashboard", StringComparison.Ordinal) == true
                ? entry : typeof(RunManifests).Assembly),
            Runtime = RuntimeInformation.FrameworkDescription,
            OperatingSystem = $"{RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})",
            Machine = Environment.MachineName,
            ProcessorCount = Environment.ProcessorCount,
            Libraries = new SortedDictionary<string, string>(StringComparer.Ordinal),
        };

    private static string VersionOf(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly.GetName().Version?.ToString() ?? "unknown";
}
