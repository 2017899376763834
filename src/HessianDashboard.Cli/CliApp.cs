using HessianDashboard.Cli.Commands;
using HessianDashboard.Cli.Parsing;
using HessianDashboard.Core.IO;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Torch.Data;
using HessianDashboard.Torch.Checkpoints;
using HessianDashboard.Torch.Data.Location;
using Spectre.Console;

namespace HessianDashboard.Cli;

/// <summary>
/// The <c>hessian</c> command line: dispatches to a command and turns every expected failure into one
/// line on stderr with exit code 2 (usage, validation, bad files) — never a stack trace.
/// </summary>
public static class CliApp
{
    public const int Ok = 0, Failure = 1, BadInput = 2, Cancelled = 130;

    public const string Usage = """
        usage (SOURCE = --matrix FILE.mtx [--exact] | --spectrum gaussian|uniform|banded|custom --n N [--seed S]):
          hessian lanczos (--matrix FILE.mtx [--exact] | --spectrum gaussian|uniform|banded|custom --n N [--seed S])
                          [--variant none|full|double|selective] [--iterations M] [--start-seed S] [--epsilon E] [--json FILE]
          hessian power   SOURCE [--top K] [--max-iterations I] [--tolerance T] [--json FILE]
          hessian trace   SOURCE [--budget B] [--hutchpp] [--probes rademacher|gaussian] [--json FILE]
          hessian density SOURCE [--vectors NV] [--iterations M] [--sigma S] [--grid G] [--json FILE]
          hessian experiment fig3.1|fig3.2|fig3.3|fig3.5 [--quick] [--seed S] [--json FILE]
          hessian experiment fig4.2 [--dataset mnist|fashion-mnist|cifar10] [--samples N|all] [--epochs E] [--iterations 100]
                            [--parameters '2.*'|all] [--quick] [--artifacts DIR] [--data-dir DIR] [--json FILE]
          hessian experiment fig4.4 [--dataset …] [--checkpoint FILE] [--batch-sizes 1,10,100,1000,full] [--repeats 3]
                            [--samples N] [--epochs E] [--iterations 100] [--quick] [--artifacts DIR] [--data-dir DIR] [--json FILE]
          hessian experiment trajectory|nanogpt|blocks [--dataset D] [--checkpoint FILE] [--quick] [--json FILE] [--data-dir DIR] [--artifacts DIR]
          hessian bench core [--quick] [--json FILE]
          hessian data [--data-dir DIR] [--json FILE]
          hessian hash-password            (reads the password from stdin; prints the hash for Access:Users:N:PasswordHash)
          hessian train mlp [--dataset mnist|fashion-mnist|cifar10] [--epochs E] [--lr LR] [--batch 64] [--seed S]
                            [--checkpoints 0,5,15] [--out DIR] [--samples N] [--data-dir DIR] [--json FILE]
          hessian train nanogpt [--iterations 2000] [--lr 1e-3] [--batch 12] [--checkpoints 0,250,500,1000,1500,2000]
                            [--dropout 0.2] [--out DIR] [--seed S] [--data-dir DIR] [--json FILE]
          hessian spectrum (--model mlp|nanogpt [--seed S] | --checkpoint FILE) [--dataset …] [--samples N]
                            [--hessian-batch N|full] [--batch-seed S] [--iterations 100] [--variant full]
                            [--exact [--exact-rows FILE]] [--check-fd] [--epsilon 1e-5] [--parameters 'transformer.h.0.attn.*']
                            [--precision float64|float32] [--device cpu|cuda] [--data-dir DIR] [--json FILE]
        """;

    public static int Run(string[] args, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
            {
                console.WriteLine(Usage);
                return args.Length == 0 ? BadInput : Ok;
            }
            return args[0] switch
            {
                "lanczos" => LanczosCommand.Run(args[1..], console, cancellationToken),
                "experiment" => ExperimentCommand.Run(args[1..], console, cancellationToken),
                "power" => SpectrumToolsCommand.Power(args[1..], console, cancellationToken),
                "trace" => SpectrumToolsCommand.Trace(args[1..], console, cancellationToken),
                "density" => SpectrumToolsCommand.Density(args[1..], console, cancellationToken),
                "bench" => BenchCommand.Run(args[1..], console, cancellationToken),
                "data" => DataCommand.Run(args[1..], console),
                "hash-password" => HashPasswordCommand.Run(args[1..], console, Console.IsInputRedirected ? Console.In : null, error),
                "train" => TrainCommand.Run(args[1..], console, cancellationToken),
                "spectrum" => SpectrumCommand.Run(args[1..], console, cancellationToken),
                _ => throw new UsageException($"unknown command '{args[0]}' (try: lanczos, power, trace, density, experiment, bench, data, train, spectrum, hash-password)"),
            };
        }
        catch (UsageException ex) { return Fail(error, ex.Message, BadInput); }
        catch (RequestValidationException ex) { return Fail(error, ex.Message, BadInput); }
        catch (MatrixMarketFormatException ex) { return Fail(error, ex.Message, BadInput); }
        catch (DatasetFormatException ex) { return Fail(error, ex.Message, BadInput); }
        catch (DataNotFoundException ex) { return Fail(error, ex.Message, BadInput); }
        catch (DataDownloadException ex) { return Fail(error, ex.Message, Failure); }
        catch (SafetensorsFormatException ex) { return Fail(error, ex.Message, BadInput); }
        catch (FileNotFoundException ex) { return Fail(error, $"file not found: {ex.FileName ?? ex.Message}", BadInput); }
        catch (DirectoryNotFoundException ex) { return Fail(error, ex.Message, BadInput); }
        catch (UnauthorizedAccessException ex) { return Fail(error, ex.Message, BadInput); }
        catch (IOException ex) { return Fail(error, ex.Message, BadInput); }
        catch (ArgumentException ex) { return Fail(error, ex.Message, BadInput); }
        catch (OperationCanceledException) { return Fail(error, "cancelled", Cancelled); }
        catch (OutOfMemoryException) { return Fail(error, "out of memory: choose a smaller n or fewer iterations", Failure); }
    }

    private static int Fail(TextWriter error, string message, int code)
    {
        error.WriteLine($"hessian: {message.ReplaceLineEndings(" ")}");
        return code;
    }
}
