using HessianDashboard.Cli.Parsing;
using HessianDashboard.Cli.Rendering;
using HessianDashboard.Core.Spectrum;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Torch.Models;
using Spectre.Console;

namespace HessianDashboard.Cli.Commands;

/// <summary>
/// <c>hessian spectrum</c>: Lanczos on a network's loss Hessian through Hessian-vector products, from a checkpoint
/// or a seeded initialisation, over a recorded Hessian batch; <c>--exact</c> adds the exact spectrum and the converged count.
/// </summary>
internal static class SpectrumCommand
{
    private static readonly string[] Values =
    [
        .. DataArguments.Values, "model", "checkpoint", "seed", "dataset", "samples", "hessian-batch", "batch-seed", "iterations",
        "variant", "start-seed", "epsilon", "precision", "device", "parameters", "chunk", "exact-rows", "json",
    ];

    public static int Run(string[] args, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var a = new ParsedArguments(args, Values, [.. DataArguments.Flags, "exact", "check-fd"]);
        string? batch = a.String("hessian-batch");
        var request = new NetworkSpectrumRequest
        {
            Model = a.Enum<ModelKind>("model"),
            Checkpoint = a.String("checkpoint"),
            Seed = a.Int("seed") ?? 0,
            Dataset = a.String("dataset"),
            Samples = a.Int("samples"),
            HessianBatch = batch is null or "full" ? null : a.Int("hessian-batch"),
            BatchSeed = (ulong)(a.Int("batch-seed") ?? 0),
            Iterations = a.Int("iterations") ?? 100,
            Variant = a.Enum<Reorthogonalization>("variant") ?? Reorthogonalization.Full,
            StartSeed = a.Int("start-seed") ?? 0,
            Exact = a.Flag("exact"),
            ExactRowFile = a.String("exact-rows"),
            Epsilon = a.Double("epsilon") ?? 1e-5,
            Precision = a.Enum<ModelPrecision>("precision") ?? ModelPrecision.Float64,
            Device = a.String("device") ?? "cpu",
            ParameterPatterns = a.String("parameters")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            ChunkSize = a.Int("chunk"),
            CheckFiniteDifference = a.Flag("check-fd"),
        };
        if (a.Int("batch-seed") is < 0) throw new UsageException("--batch-seed must not be negative");
        request.EnsureValid();
        var data = DataArguments.Options(a);
        var result = ProgressRunner.Run(console, "spectrum", progress => NetworkSpectrumExperiment.Run(request, data, progress, cancellationToken: cancellationToken));
        NetworkTables.Render(console, result);
        JsonOutput.WriteIfRequested(a.String("json"), result, console);
        return result.Lanczos.Status is LanczosStatus.Completed or LanczosStatus.Breakdown ? CliApp.Ok : CliApp.Failure;
    }
}
