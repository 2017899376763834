using HessianDashboard.Cli.Parsing;
using HessianDashboard.Cli.Rendering;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Networks.Reuse;
using HessianDashboard.Torch.Models;
using Spectre.Console;

namespace HessianDashboard.Cli.Commands;

/// <summary>
/// <c>hessian experiment trajectory|nanogpt|blocks</c>: spectra along training (A.4–A.6, Fig 4.5/4.6) and NanoGPT block
/// spectra. Trained checkpoints come from the artifact store (<c>--artifacts DIR</c>), so training runs once.
/// </summary>
internal static class TrainingSpectraCommand
{
    public static readonly string[] Names = ["trajectory", "nanogpt", "blocks"];

    private static readonly string[] Values =
    [
        .. DataArguments.Values, "json", "seed", "artifacts", "dataset", "checkpoint", "epochs", "samples", "hessian-batch", "iterations",
        "sigma", "bins", "precision", "checkpoints", "train-iterations", "blocks", "start-vectors", "iteration", "chunk", "device",
    ];

    public static int Run(string[] args, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var a = new ParsedArguments(args[1..], Values, [.. DataArguments.Flags, "quick"]);
        var data = DataArguments.Options(a);
        var store = new NetworkArtifactStore(new ArtifactStoreOptions { Directory = a.String("artifacts") });
        bool quick = a.Flag("quick");
        string? json = a.String("json");
        switch (args[0])
        {
            case "trajectory":
            {
                NotFor(a, "trajectory", "checkpoint", "precision", "blocks", "start-vectors", "iteration", "train-iterations", "checkpoints");
                var request = (quick ? TrajectoryRequest.Quick(a.String("dataset") ?? "mnist") : new TrajectoryRequest { Dataset = a.String("dataset") ?? "mnist" }) with { Seed = a.Int("seed") ?? 0 };
                request = request with
                {
                    Epochs = a.IntList("epochs") ?? request.Epochs,
                    Samples = a.Int("samples") ?? request.Samples,
                    HessianBatch = a.Int("hessian-batch") ?? request.HessianBatch,
                    Iterations = a.Int("iterations") ?? request.Iterations,
                    Sigma = a.Double("sigma") ?? request.Sigma,
                    Bins = a.Int("bins") ?? request.Bins,
                    Device = a.String("device") ?? request.Device,
                };
                request.EnsureValid();
                var result = ProgressRunner.Run(console, "trajectory", p => TrajectoryExperiment.Run(request, data, store, new Chapter4Observer { Progress = p }, cancellationToken));
                TrainingSpectraTables.Trajectory(console, result);
                JsonOutput.WriteIfRequested(json, result, console);
                return result.Completed ? CliApp.Ok : CliApp.Cancelled;
            }
            case "nanogpt":
            {
                NotFor(a, "nanogpt", "checkpoint", "dataset", "epochs", "samples", "start-vectors", "iteration", "hessian-batch");
                var request = quick ? NanoGptTrajectoryRequest.Quick() : new NanoGptTrajectoryRequest();
                var training = request.Training with { Seed = a.Int("seed") ?? request.Training.Seed, Device = a.String("device") ?? request.Training.Device };
                if (a.Int("train-iterations") is { } steps)
                    training = training with { Iterations = steps, Schedule = training.Schedule with { DecayIterations = steps } };
                training = training with { CheckpointIterations = a.IntList("checkpoints") ?? training.CheckpointIterations };
                request = request with
                {
                    Training = training,
                    Blocks = a.Int("blocks") ?? request.Blocks,
                    Iterations = a.Int("iterations") ?? request.Iterations,
                    Precision = a.Enum<ModelPrecision>("precision") ?? request.Precision,
                    ChunkSize = a.Int("chunk") ?? request.ChunkSize,
                    Sigma = a.Double("sigma") ?? request.Sigma,
                    Bins = a.Int("bins") ?? request.Bins,
                    Device = training.Device,
                };
                request.EnsureValid();
                var result = ProgressRunner.Run(console, "nanogpt", p => NanoGptTrajectoryExperiment.Run(request, data, store, new Chapter4Observer { Progress = p }, cancellationToken));
                TrainingSpectraTables.Trajectory(console, result);
                JsonOutput.WriteIfRequested(json, result, console);
                return result.Completed ? CliApp.Ok : CliApp.Cancelled;
            }
            default:
            {
                NotFor(a, "blocks", "dataset", "epochs", "samples", "checkpoints", "hessian-batch", "bins");
                var request = quick ? BlockSpectraRequest.Quick() : new BlockSpectraRequest();
                var training = request.Training with { Seed = a.Int("seed") ?? request.Training.Seed };
                if (a.Int("train-iterations") is { } steps)
                    training = training with { Iterations = steps, Schedule = training.Schedule with { DecayIterations = steps }, CheckpointIterations = [0, steps] };
                request = request with
                {
                    Checkpoint = a.String("checkpoint"),
                    Training = training,
                    Iteration = a.Int("iteration"),
                    Blocks = a.Int("blocks") ?? request.Blocks,
                    Iterations = a.Int("iterations") ?? request.Iterations,
                    StartVectors = a.Int("start-vectors") ?? request.StartVectors,
                    Precision = a.Enum<ModelPrecision>("precision") ?? request.Precision,
                    ChunkSize = a.Int("chunk") ?? request.ChunkSize,
                    Sigma = a.Double("sigma") ?? request.Sigma,
                    Device = a.String("device") ?? request.Device,
                };
                request.EnsureValid();
                var result = ProgressRunner.Run(console, "blocks", p => BlockSpectraExperiment.Run(request, data, store, new Chapter4Observer { Progress = p }, cancellationToken));
                TrainingSpectraTables.Blocks(console, result);
                JsonOutput.WriteIfRequested(json, result, console);
                return result.Completed ? CliApp.Ok : CliApp.Cancelled;
            }
        }
    }

    private static void NotFor(ParsedArguments a, string experiment, params string[] options)
    {
        foreach (string option in options)
            if (a.Has(option)) throw new UsageException($"--{option} does not apply to 'experiment {experiment}'");
    }
}
