using HessianDashboard.Cli.Parsing;
using HessianDashboard.Cli.Rendering;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Networks.Reuse;
using Spectre.Console;

namespace HessianDashboard.Cli.Commands;

/// <summary>
/// <c>hessian experiment fig4.2|fig4.4</c>: exact vs Lanczos (Fig 4.1/4.2, Table 4.2) and the Hessian batch-size study
/// (Fig 4.3/4.4). Trained checkpoints and exact spectra are kept in the artifact store (<c>--artifacts DIR</c>) and
/// reused by later runs. <c>--quick</c>: 500 samples, 1 epoch, 30 steps; fig4.2 also restricts the Hessian to the
/// output layer ('2.*', 170 parameters) unless <c>--parameters</c> says otherwise ('all' = every parameter).
/// </summary>
internal static class Chapter4Command
{
    public static readonly string[] Names = ["fig4.1", "fig4.2", "fig4.3", "fig4.4"];

    private static readonly string[] Values =
        [.. DataArguments.Values, "json", "dataset", "samples", "epochs", "iterations", "seed", "start-seed", "parameters", "artifacts",
         "batch-sizes", "repeats", "checkpoint", "batch-seed"];

    public static int Run(string[] args, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var a = new ParsedArguments(args[1..], Values, [.. DataArguments.Flags, "quick"]);
        bool quick = a.Flag("quick");
        var data = DataArguments.Options(a);
        var store = new NetworkArtifactStore(new ArtifactStoreOptions { Directory = a.String("artifacts") });
        int? samples = a.String("samples") == "all" ? null : a.Int("samples") ?? (quick ? 500 : 10_000);
        int? epochs = a.Int("epochs") ?? (quick ? 1 : null);
        int iterations = a.Int("iterations") ?? (quick ? 30 : 100);
        string? dataset = a.String("dataset");
        var patterns = Patterns(a.String("parameters"), quick && args[0] is "fig4.1" or "fig4.2");
        if (args[0] is "fig4.1" or "fig4.2")
        {
            var request = new ExactVsLanczosRequest
            {
                Datasets = dataset is not null ? [dataset] : quick ? ["mnist"] : new ExactVsLanczosRequest().Datasets,
                Samples = samples, Epochs = epochs, Iterations = iterations, TrainingSeed = a.Int("seed") ?? 0,
                StartSeed = a.Int("start-seed") ?? 0, ParameterPatterns = patterns,
            };
            var result = ProgressRunner.Run(console, "Fig 4.2", p => ExactVsLanczosExperiment.Run(request, data, store, p, cancellationToken: cancellationToken));
            Chapter4Tables.Render(console, result);
            JsonOutput.WriteIfRequested(a.String("json"), result, console);
            return result.Completed ? CliApp.Ok : cancellationToken.IsCancellationRequested ? CliApp.Cancelled : CliApp.Failure;
        }
        var study = new BatchSizeStudyRequest
        {
            Dataset = dataset ?? "mnist", Checkpoint = a.String("checkpoint"), Samples = samples, Epochs = epochs, Iterations = iterations,
            TrainingSeed = a.Int("seed") ?? 0, StartSeed = a.Int("start-seed") ?? 0, ParameterPatterns = patterns,
            BatchSizes = BatchSizes(a.String("batch-sizes")) ?? (quick ? [1, 10, 100] : new BatchSizeStudyRequest().BatchSizes),
            Repeats = a.Int("repeats") ?? (quick ? 2 : 3),
            BatchSeed = (ulong)Math.Max(0, a.Int("batch-seed") ?? 0),
        };
        if (a.Int("batch-seed") is < 0) throw new UsageException("--batch-seed must not be negative");
        var studied = ProgressRunner.Run(console, "Fig 4.4", p => BatchSizeStudyExperiment.Run(study, data, store, p, cancellationToken: cancellationToken));
        Chapter4Tables.Render(console, studied);
        JsonOutput.WriteIfRequested(a.String("json"), studied, console);
        return studied.Completed ? CliApp.Ok : cancellationToken.IsCancellationRequested ? CliApp.Cancelled : CliApp.Failure;
    }

    private static string[]? Patterns(string? text, bool quickDefault) => text switch
    {
        null => quickDefault ? ["2.*"] : null,
        "all" => null,
        _ => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
    };

    /// <summary>"1,10,100,full": the sizes; "full" (the full batch, always run) is accepted and dropped.</summary>
    private static int[]? BatchSizes(string? text)
    {
        if (text is null) return null;
        var sizes = new List<int>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "full") continue;
            if (!int.TryParse(part, System.Globalization.CultureInfo.InvariantCulture, out int size) || size < 1)
                throw new UsageException($"--batch-sizes expects positive integers or 'full', got '{part}'");
            sizes.Add(size);
        }
        return sizes.Count > 0 ? [.. sizes] : [int.MaxValue]; // only 'full'
    }
}
