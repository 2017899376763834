using HessianDashboard.Cli.Parsing;
using HessianDashboard.Cli.Rendering;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Core.Synthetic;
using HessianDashboard.Experiments.Chapter3;
using Spectre.Console;

namespace HessianDashboard.Cli.Commands;

/// <summary><c>hessian experiment NAME</c>: the thesis' chapter-3 figures, and chapter 4's through <see cref="Chapter4Command"/> (see docs/experiments.md).</summary>
internal static class ExperimentCommand
{
    private static readonly string[] ValueOptions = ["json", "seed"];
    private static readonly string[] FlagOptions = ["quick"];

    public static int Run(string[] args, IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (args.Length == 0) throw new UsageException("experiment needs a name: fig3.1, fig3.2, fig3.3, fig3.5, fig4.2, fig4.4, trajectory, nanogpt or blocks");
        if (Chapter4Command.Names.Contains(args[0])) return Chapter4Command.Run(args, console, cancellationToken);
        if (TrainingSpectraCommand.Names.Contains(args[0])) return TrainingSpectraCommand.Run(args, console, cancellationToken);
        var a = new ParsedArguments(args[1..], ValueOptions, FlagOptions);
        bool quick = a.Flag("quick");
        int seed = a.Int("seed") ?? 0;
        string? json = a.String("json");
        switch (args[0])
        {
            case "fig3.1":
            {
                var request = new SpectrumComparisonRequest
                {
                    Spectrum = new SyntheticSpectrumOptions(SpectrumKind.Custom, quick ? 60 : 100, seed),
                    StartSeed = seed,
                    RecordLadders = false,
                };
                var result = ProgressRunner.Run(console, "Fig 3.1", p => SpectrumComparisonExperiment.Run(request, null, p, cancellationToken));
                ExperimentTables.SpectrumComparison(console, result);
                JsonOutput.WriteIfRequested(json, result, console);
                break;
            }
            case "fig3.2":
            {
                var request = quick
                    ? new RuntimeStudyRequest { Sizes = [10, 50, 100, 200], Repeats = 3, EigensolveRepeats = 5, Seed = seed }
                    : new RuntimeStudyRequest { Seed = seed };
                var result = ProgressRunner.Run(console, "Fig 3.2", p => RuntimeStudyExperiment.Run(request, p, cancellationToken));
                ExperimentTables.Runtime(console, result);
                JsonOutput.WriteIfRequested(json, result, console);
                break;
            }
            case "fig3.3":
            {
                var request = new SpectrumComparisonRequest
                {
                    Spectrum = new SyntheticSpectrumOptions(SpectrumKind.Custom, quick ? 40 : 100, seed),
                    Variants = [Reorthogonalization.Full, Reorthogonalization.None, Reorthogonalization.Selective],
                    StartSeed = seed,
                };
                var result = ProgressRunner.Run(console, "Fig 3.3/3.4", p => SpectrumComparisonExperiment.Run(request, null, p, cancellationToken));
                ExperimentTables.Ladder(console, result);
                JsonOutput.WriteIfRequested(json, result, console);
                break;
            }
            case "fig3.5":
            case "fig3.6":
            {
                var request = quick
                    ? new ConvergenceStudyRequest { N = 200, Iterations = [10, 25, 50, 100, 200], Runs = 2, Seed = seed }
                    : new ConvergenceStudyRequest { Seed = seed };
                var result = ProgressRunner.Run(console, "Fig 3.5/3.6", p => ConvergenceStudyExperiment.Run(request, p, cancellationToken));
                ExperimentTables.Convergence(console, result);
                JsonOutput.WriteIfRequested(json, result, console);
                break;
            }
            default:
                throw new UsageException($"unknown experiment '{args[0]}' (fig3.1, fig3.2, fig3.3, fig3.5, fig4.2, fig4.4, trajectory, nanogpt, blocks)");
        }
        return cancellationToken.IsCancellationRequested ? CliApp.Cancelled : CliApp.Ok;
    }
}
