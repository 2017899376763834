using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Sources;

namespace HessianDashboard.Cli.Parsing;

/// <summary>The options every matrix command shares: <c>--matrix FILE [--exact]</c> or <c>--spectrum KIND --n N [--seed S] [--lower A --upper B]</c>.</summary>
internal static class SourceArguments
{
    public static readonly string[] ValueOptions = ["matrix", "spectrum", "n", "seed", "lower", "upper"];
    public static readonly string[] FlagOptions = ["exact"];

    public static MatrixSource Parse(ParsedArguments a)
    {
        string? matrix = a.String("matrix");
        var kind = a.Enum<SpectrumKind>("spectrum");
        if ((matrix is null) == (kind is null))
            throw new UsageException("give exactly one of --matrix FILE.mtx or --spectrum KIND");
        if (matrix is not null)
        {
            foreach (var option in new[] { "n", "seed", "lower", "upper" })
                if (a.Has(option)) throw new UsageException($"--{option} applies to --spectrum, not to --matrix");
            if (!File.Exists(matrix)) throw new FileNotFoundException($"file not found: {matrix}", matrix);
            return MatrixSource.FromFile(matrix, a.Flag("exact"));
        }
        if (a.Flag("exact")) throw new UsageException("--exact applies to --matrix (a synthetic spectrum's truth is known)");
        int n = a.Int("n") ?? throw new UsageException("--spectrum needs --n N");
        var spectrum = new SyntheticSpectrumOptions(kind!.Value, n, a.Int("seed") ?? 0);
        if (a.Double("lower") is { } lower) spectrum = spectrum with { Lower = lower };
        if (a.Double("upper") is { } upper) spectrum = spectrum with { Upper = upper };
        return MatrixSource.FromSpectrum(spectrum);
    }
}
