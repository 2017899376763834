using HessianDashboard.Experiments.Chapter3;
using Spectre.Console;

namespace HessianDashboard.Cli.Rendering;

/// <summary>Terminal tables for the chapter-3 experiments (the JSON output has every number).</summary>
internal static class ExperimentTables
{
    public static void SpectrumComparison(IAnsiConsole console, SpectrumComparisonResult result)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Fig 3.1: spectra vs truth (n = {result.Truth.Length})")
            .AddColumns("variant", "status", "L1", "L2", "converged", "ghosts", "max |VᵀV − I|", "seconds");
        foreach (var run in result.Runs)
        {
            var r = run.Run;
            table.AddRow(Name(run.Variant), r.Status.ToString(), $"{r.L1:G4}", $"{r.L2:G4}",
                $"{r.ConvergedCount}/{result.Truth.Length}", $"{r.GhostCount}", $"{r.OrthogonalityLoss.LastOrDefault():E1}", $"{r.Seconds:F3}");
        }
        console.Write(table);
    }

    public static void Ladder(IAnsiConsole console, SpectrumComparisonResult result)
    {
        double top = result.Truth[^1];
        foreach (var run in result.Runs.Where(r => r.Ladder is not null))
        {
            var table = new Table().Border(TableBorder.Simple)
                .Title($"Fig 3.3/3.4 ladder, {Name(run.Variant)}: extreme Ritz values by step (truth: max {top:G6}, min {result.Truth[0]:G6})")
                .AddColumns("step k", "θ_min", "θ_2", "θ_(k−1)", "θ_max", $"copies of λ_max (±1e-6)");
            var ladder = run.Ladder!;
            foreach (int k in new[] { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 }.Where(k => k <= ladder.Length).Append(ladder.Length).Distinct())
            {
                var theta = ladder[k - 1];
                int copies = theta.Count(t => Math.Abs(t - top) <= 1e-6 * Math.Max(1, Math.Abs(top)));
                table.AddRow($"{k}", $"{theta[0]:G8}", k > 1 ? $"{theta[1]:G8}" : "", k > 1 ? $"{theta[^2]:G8}" : "", $"{theta[^1]:G8}", $"{copies}");
            }
            console.Write(table);
        }
    }

    public static void Runtime(IAnsiConsole console, RuntimeStudyResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Fig 3.2: Lanczos runtime, m = n (seconds, mean ± sd)");
        table.AddColumn("n");
        var variants = result.Lanczos.Select(p => p.Variant).Distinct().ToArray();
        foreach (var v in variants) table.AddColumn(Name(v));
        table.AddColumn("tridiagonal eigensolve");
        foreach (int n in result.Lanczos.Select(p => p.N).Distinct())
        {
            var cells = new List<string> { $"{n}" };
            foreach (var v in variants)
                cells.Add(result.Lanczos.FirstOrDefault(p => p.N == n && p.Variant == v) is { } p ? $"{p.Seconds.Mean:E2} ± {p.Seconds.StandardDeviation:E1}" : "");
            cells.Add(result.Eigensolve.FirstOrDefault(e => e.N == n) is { } e ? $"{e.Seconds.Mean:E2} ± {e.Seconds.StandardDeviation:E1}" : "");
            table.AddRow([.. cells]);
        }
        console.Write(table);
    }

    public static void Convergence(IAnsiConsole console, ConvergenceStudyResult result)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Fig 3.5/3.6: eigenvalues converged within ε = {result.Epsilon:G2} (n = {result.N}; mean [min, max] over runs)");
        table.AddColumns("spectrum", "variant");
        var ms = result.Points.Select(p => p.Iterations).Distinct().Order().ToArray();
        foreach (int m in ms) table.AddColumn($"m = {m}");
        foreach (var group in result.Points.GroupBy(p => (p.Spectrum, p.Variant)))
        {
            var cells = new List<string> { group.Key.Spectrum.ToString().ToLowerInvariant(), Name(group.Key.Variant) };
            foreach (int m in ms)
                cells.Add(group.FirstOrDefault(p => p.Iterations == m) is { } p ? $"{p.Converged.Mean:F1} [{p.Converged.Min:F0}, {p.Converged.Max:F0}]" : "");
            table.AddRow([.. cells]);
        }
        console.Write(table);
    }

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
