using HessianDashboard.Cli.Parsing;
using HessianDashboard.Cli.Rendering;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Sources;
using Spectre.Console;

namespace HessianDashboard.Cli.Commands;

/// <summary><c>hessian lanczos</c>: one run on a synthetic spectrum or a Matrix Market file.</summary>
internal static class LanczosCommand
{
    private static readonly string[] ValueOptions = ["matrix", "spectrum", "n", "seed", "variant", "iterations", "start-seed", "epsilon", "json", "lower", "upper"];
    private static readonly string[] FlagOptions = ["exact"];

    public static int Run(string[] args, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var a = new ParsedArguments(args, ValueOptions, FlagOptions);
        var request = new LanczosRunRequest
        {
            Source = ParseSource(a),
            Variant = a.Enum<Reorthogonalization>("variant") ?? Reorthogonalization.Full,
            Iterations = a.Int("iterations"),
            StartSeed = a.Int("start-seed") ?? 0,
            Epsilon = a.Double("epsilon") ?? 1e-5,
        };
        request.EnsureValid();

        LanczosRunResult result = ProgressRunner.Run(console, $"Lanczos ({request.Variant.ToString().ToLowerInvariant()})", progress =>
        {
            int? total = request.Iterations ?? request.Source.Synthetic?.N;
            return LanczosRunExperiment.Run(request, step =>
            {
                if (total is { } m) progress.Report(new ExperimentProgress($"step {step.K}", step.K, m));
            }, cancellationToken);
        });
        ResultTables.Render(console, result);
        JsonOutput.WriteIfRequested(a.String("json"), result, console);
        return result.Status is LanczosStatus.Completed or LanczosStatus.Breakdown ? CliApp.Ok : CliApp.Failure;
    }

    private static MatrixSource ParseSource(ParsedArguments a)
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
