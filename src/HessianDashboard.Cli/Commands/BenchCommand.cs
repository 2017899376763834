using HessianDashboard.Cli.Parsing;
using HessianDashboard.Experiments.Benchmarks;
using Spectre.Console;

namespace HessianDashboard.Cli.Commands;

/// <summary><c>hessian bench core</c>: speed ratios against baselines measured in the same run.</summary>
internal static class BenchCommand
{
    public static int Run(string[] args, IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] != "core") throw new UsageException("bench needs a suite name: core");
        var a = new ParsedArguments(args[1..], ["json", "n", "repeats"], ["quick"]);
        var request = new CoreBenchmarkRequest
        {
            N = a.Int("n") ?? (a.Flag("quick") ? 300 : 1000),
            Repeats = a.Int("repeats") ?? (a.Flag("quick") ? 1 : 3),
        };
        cancellationToken.ThrowIfCancellationRequested();
        var result = ProgressRunner.Run(console, "bench core", p => CoreBenchmark.Run(request, p));
        var table = new Table().Border(TableBorder.Rounded).Title($"core benchmark, n = m = {result.N}, best of {result.Repeats}")
            .AddColumns("ratio", "measured", "baseline", "value", "goal", "");
        foreach (var row in result.Rows)
        {
            string goal = double.IsNaN(row.Limit) ? "report" : (row.HigherIsBetter ? "≥ " : "≤ ") + row.Limit.ToString("G3");
            string verdict = row.MeetsGoal switch { true => "[green]met[/]", false => "[red]missed[/]", null => "" };
            string measured = row.Seconds is { } s ? $"best {s:F3} s" : $"{row.Measured:F4} s";
            string baseline = row.Seconds is null ? $"{row.Baseline:F4} s" : "paired";
            table.AddRow(Markup.Escape(row.Name), measured, baseline, $"{row.Ratio:F2}", goal, verdict);
        }
        console.Write(table);
        console.MarkupLineInterpolated($"[grey]one dense A·v at n = {result.N}: {result.OperatorSeconds * 1e3:F3} ms[/]");
        JsonOutput.WriteIfRequested(a.String("json"), result, console);
        return CliApp.Ok;
    }
}
