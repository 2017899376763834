using HessianDashboard.Experiments.Lanczos;
using Spectre.Console;

namespace HessianDashboard.Cli.Rendering;

/// <summary>Human-readable tables of a Lanczos run.</summary>
internal static class ResultTables
{
    public static void Render(IAnsiConsole console, LanczosRunResult r)
    {
        var summary = new Table().Border(TableBorder.Rounded).AddColumns("quantity", "value");
        summary.AddRow("source", Markup.Escape(r.Source));
        summary.AddRow("variant", r.Variant.ToString().ToLowerInvariant());
        summary.AddRow("steps", $"{r.Iterations} of n = {r.N}");
        summary.AddRow("status", Markup.Escape(r.Status + (r.Message is null ? "" : $" — {r.Message}")));
        if (r.L1 is { } l1) summary.AddRow("L1 / L2 to truth", $"{l1:G6} / {r.L2:G6}");
        if (r.ConvergedCount is { } c) summary.AddRow($"converged (ε = {r.Epsilon:G2}) / ghosts", $"{c} / {r.GhostCount}");
        if (r.OrthogonalityLoss.Length > 0 && double.IsFinite(r.OrthogonalityLoss[^1]))
            summary.AddRow("max |VᵀV − I|", $"{r.OrthogonalityLoss[^1]:E2}");
        summary.AddRow("time (operator)", $"{r.Seconds:F3} s ({r.OperatorSeconds:F3} s)");
        console.Write(summary);

        var ritz = new Table().Border(TableBorder.Simple).Title("extreme Ritz values")
            .AddColumns("rank", "Ritz value", "residual bound", "true eigenvalue");
        int show = Math.Min(5, r.Ritz.Length);
        for (int i = 0; i < show; i++) AddRow(ritz, r, r.Ritz.Length - 1 - i, $"largest {i + 1}", true);
        for (int i = 0; i < show && i < r.Ritz.Length - show; i++)
            AddRow(ritz, r, i, $"smallest {i + 1}", false);
        console.Write(ritz);
    }

    private static void AddRow(Table table, LanczosRunResult r, int index, string rank, bool fromTop)
    {
        string truth = "";
        if (r.Truth is { Length: > 0 } t)
        {
            int j = fromTop ? t.Length - (r.Ritz.Length - index) : index;
            if (j >= 0 && j < t.Length) truth = $"{t[j]:G10}";
        }
        table.AddRow(rank, $"{r.Ritz[index]:G10}", $"{r.Residuals[index]:E2}", truth);
    }
}
