using HessianDashboard.Cli.Parsing;
using HessianDashboard.Cli.Rendering;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Lanczos;
using Spectre.Console;

namespace HessianDashboard.Cli.Commands;

/// <summary><c>hessian lanczos</c>: one run on a synthetic spectrum or a Matrix Market file.</summary>
internal static class LanczosCommand
{
    private static readonly string[] ValueOptions = [.. SourceArguments.ValueOptions, "variant", "iterations", "start-seed", "epsilon", "json"];

    public static int Run(string[] args, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var a = new ParsedArguments(args, ValueOptions, SourceArguments.FlagOptions);
        var request = new LanczosRunRequest
        {
            Source = SourceArguments.Parse(a),
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
}
