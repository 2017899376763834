using System.Globalization;
using HessianDashboard.Experiments.Sources;

namespace HessianDashboard.Experiments.Jobs.Handlers;

/// <summary>Wording shared by the built-in handlers' run titles.</summary>
internal static class JobText
{
    public static string Source(MatrixSource? source) => source switch
    {
        { Synthetic: { } s } => string.Create(CultureInfo.InvariantCulture, $"synthetic {s.Kind.ToString().ToLowerInvariant()} spectrum, n = {s.N}, seed {s.Seed}"),
        { MatrixMarketPath: { } path } => Path.GetFileName(path),
        _ => "no source",
    };

    public static string Iterations(int? m) => m is { } value ? value.ToString(CultureInfo.InvariantCulture) : "n";

    public static string List<T>(IEnumerable<T>? items) => items is null ? "" : string.Join(", ", items);
}
