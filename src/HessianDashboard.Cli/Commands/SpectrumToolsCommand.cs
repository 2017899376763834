using HessianDashboard.Cli.Parsing;
using HessianDashboard.Core.Trace;
using HessianDashboard.Experiments.Analysis;
using Spectre.Console;

namespace HessianDashboard.Cli.Commands;

/// <summary><c>hessian power|trace|density</c>: the PyHessian-style tools on any matrix source.</summary>
internal static class SpectrumToolsCommand
{
    public static int Power(string[] args, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var a = new ParsedArguments(args, [.. SourceArguments.ValueOptions, "top", "max-iterations", "tolerance", "start-seed", "json"], SourceArguments.FlagOptions);
        var request = new TopEigenvaluesRequest
        {
            Source = SourceArguments.Parse(a), Count = a.Int("top") ?? 1, MaxIterations = a.Int("max-iterations") ?? 1000,
            Tolerance = a.Double("tolerance") ?? 1e-8, Seed = a.Int("start-seed") ?? 0,
        };
        var r = SpectrumToolsExperiment.TopEigenvalues(request, cancellationToken);
        var table = new Table().Border(TableBorder.Rounded).Title($"top {r.Values.Length} eigenvalues by magnitude (n = {r.N}, {r.Status})")
            .AddColumns("rank", "λ (power)", "‖Ax − λx‖", "iterations", "converged", "true λ");
        for (int i = 0; i < r.Values.Length; i++)
            table.AddRow($"{i + 1}", $"{r.Values[i]:G12}", $"{r.Residuals[i]:E2}", $"{r.Iterations[i]}", r.Converged[i] ? "yes" : "[red]no[/]",
                r.Truth is { } t && i < t.Length ? $"{t[i]:G12}" : "");
        console.Write(table);
        JsonOutput.WriteIfRequested(a.String("json"), r, console);
        return CliApp.Ok;
    }

    public static int Trace(string[] args, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var a = new ParsedArguments(args, [.. SourceArguments.ValueOptions, "budget", "probes", "start-seed", "json"], [.. SourceArguments.FlagOptions, "hutchpp"]);
        var request = new TraceRequest
        {
            Source = SourceArguments.Parse(a), Method = a.Flag("hutchpp") ? TraceMethod.HutchPlusPlus : TraceMethod.Hutchinson,
            Budget = a.Int("budget") ?? 100, Probes = a.Enum<ProbeDistribution>("probes") ?? ProbeDistribution.Rademacher, Seed = a.Int("start-seed") ?? 0,
        };
        var r = SpectrumToolsExperiment.Trace(request, cancellationToken);
        console.MarkupLineInterpolated($"tr(A) ≈ {r.Estimate:G10} ± {r.StandardError:G3} ({r.Method}, {r.OperatorApplications} products, n = {r.N})");
        if (r.TrueTrace is { } truth) console.MarkupLineInterpolated($"true tr(A) = {truth:G10}, error {Math.Abs(r.Estimate - truth):G3}");
        JsonOutput.WriteIfRequested(a.String("json"), r, console);
        return CliApp.Ok;
    }

    public static int Density(string[] args, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var a = new ParsedArguments(args, [.. SourceArguments.ValueOptions, "vectors", "iterations", "sigma", "grid", "start-seed", "json"], SourceArguments.FlagOptions);
        var request = new DensityRequest
        {
            Source = SourceArguments.Parse(a), StartVectors = a.Int("vectors") ?? 10, Iterations = a.Int("iterations") ?? 100,
            Sigma = a.Double("sigma"), GridPoints = a.Int("grid") ?? 1000, Seed = a.Int("start-seed") ?? 0,
        };
        var r = ProgressRunner.Run(console, "SLQ density", p => SpectrumToolsExperiment.Density(request, p, cancellationToken));
        var chart = new BarChart().Width(70).Label($"SLQ density, σ = {r.Sigma:G3} ({r.Rules.Length} start vectors)");
        int bins = 20, step = Math.Max(1, r.Grid.Length / bins);
        for (int g = 0; g + step <= r.Grid.Length; g += step)
            chart.AddItem($"{r.Grid[g + step / 2],9:G3}", Math.Round(r.Density.Skip(g).Take(step).Average(), 4), Color.SteelBlue);
        console.Write(chart);
        JsonOutput.WriteIfRequested(a.String("json"), r, console);
        return CliApp.Ok;
    }
}
