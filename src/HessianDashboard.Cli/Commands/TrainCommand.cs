using HessianDashboard.Cli.Parsing;
using HessianDashboard.Cli.Rendering;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Torch.Models;
using HessianDashboard.Torch.Training;
using Spectre.Console;

namespace HessianDashboard.Cli.Commands;

/// <summary><c>hessian train mlp|nanogpt</c>: trains with the thesis settings, writing safetensors checkpoints.</summary>
internal static class TrainCommand
{
    private static readonly string[] Common = [.. DataArguments.Values, "out", "seed", "device", "precision", "json", "checkpoints"];

    public static int Run(string[] args, IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] is not ("mlp" or "nanogpt")) throw new UsageException("train needs a model: mlp or nanogpt");
        return args[0] == "mlp" ? Mlp(args[1..], console, cancellationToken) : NanoGpt(args[1..], console, cancellationToken);
    }

    private static int Mlp(string[] args, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var a = new ParsedArguments(args, [.. Common, "dataset", "samples", "epochs", "lr", "momentum", "batch"], DataArguments.Flags);
        var defaults = new MlpTrainingOptions();
        var request = new TrainMlpRequest
        {
            Dataset = a.String("dataset") ?? "mnist",
            Samples = a.Int("samples"),
            EpochsExplicit = a.Has("epochs"),
            Options = defaults with
            {
                Epochs = a.Int("epochs") ?? defaults.Epochs,
                LearningRate = a.Double("lr") ?? defaults.LearningRate,
                Momentum = a.Double("momentum") ?? defaults.Momentum,
                BatchSize = a.Int("batch") ?? defaults.BatchSize,
                Seed = a.Int("seed") ?? 0,
                Device = a.String("device") ?? defaults.Device,
                Precision = a.Enum<ModelPrecision>("precision") ?? defaults.Precision,
                CheckpointEpochs = a.IntList("checkpoints"),
                OutputDirectory = a.String("out") ?? "checkpoints",
                CheckpointPrefix = "mlp-" + (a.String("dataset") ?? "mnist"),
            },
        };
        request.EnsureValid();
        var data = DataArguments.Options(a);
        int epochs = request.Resolved().Epochs;
        var result = ProgressRunner.Run(console, $"train mlp ({epochs} epochs)", progress =>
            NetworkTrainingExperiment.TrainMlp(request, data, new TrainingProgressAdapter(progress, "epoch"), cancellationToken));
        NetworkTables.Render(console, result);
        JsonOutput.WriteIfRequested(a.String("json"), result, console);
        return result.Completed ? CliApp.Ok : CliApp.Cancelled;
    }

    private static int NanoGpt(string[] args, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var a = new ParsedArguments(args, [.. Common, "iterations", "lr", "batch", "eval-interval", "eval-iterations", "dropout"], [.. DataArguments.Flags, "no-decay"]);
        var defaults = new NanoGptTrainingOptions();
        int iterations = a.Int("iterations") ?? defaults.Iterations;
        double lr = a.Double("lr") ?? defaults.Schedule.LearningRate;
        var request = new TrainNanoGptRequest
        {
            Options = defaults with
            {
                Iterations = iterations,
                BatchSize = a.Int("batch") ?? defaults.BatchSize,
                Schedule = defaults.Schedule with { LearningRate = lr, MinLearningRate = lr / 10, DecayIterations = iterations, Decay = !a.Flag("no-decay") },
                EvalInterval = a.Int("eval-interval") ?? defaults.EvalInterval,
                EvalIterations = a.Int("eval-iterations") ?? defaults.EvalIterations,
                Model = defaults.Model with { Dropout = a.Double("dropout") ?? defaults.Model.Dropout },
                Seed = a.Int("seed") ?? 0,
                Device = a.String("device") ?? defaults.Device,
                Precision = a.Enum<ModelPrecision>("precision") ?? defaults.Precision,
                CheckpointIterations = a.IntList("checkpoints") ?? [.. defaults.CheckpointIterations.Where(i => i <= iterations)],
                OutputDirectory = a.String("out") ?? "checkpoints",
            },
        };
        request.EnsureValid();
        var data = DataArguments.Options(a);
        var result = ProgressRunner.Run(console, $"train nanogpt ({iterations} iterations)", progress =>
            NetworkTrainingExperiment.TrainNanoGpt(request, data, new TrainingProgressAdapter(progress, "iteration"), cancellationToken));
        NetworkTables.Render(console, result);
        JsonOutput.WriteIfRequested(a.String("json"), result, console);
        return result.Completed ? CliApp.Ok : CliApp.Cancelled;
    }

    /// <summary>Turns trainer reports into progress-bar updates on the calling thread.</summary>
    private sealed class TrainingProgressAdapter(IProgress<ExperimentProgress> bar, string unit) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value)
        {
            string loss = value.TrainLoss is { } l ? $", loss {l:F4}" : "";
            string stage = unit == "epoch" ? $"epoch {value.Epoch}, step {value.Step}{loss}" : $"iteration {value.Step}{loss}";
            bar.Report(new ExperimentProgress(stage, value.Step, value.TotalSteps));
        }
    }
}
