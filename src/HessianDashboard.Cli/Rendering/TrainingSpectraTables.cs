using System.Globalization;
using HessianDashboard.Experiments.Chapter4;
using Spectre.Console;

namespace HessianDashboard.Cli.Rendering;

/// <summary>Tables for the chapter-4 trajectories and block spectra.</summary>
internal static class TrainingSpectraTables
{
    public static void Trajectory(IAnsiConsole console, TrajectoryResult result)
    {
        console.MarkupLine(Markup.Escape($"{result.Model} on {result.Dataset}; training {(result.TrainingReused ? "reused" : $"ran now ({result.TrainingSeconds:F1} s)")} [key {result.TrainingKey}]; products {result.Precision}"));
        if (result.DataNote.Length > 0) console.MarkupLine(Markup.Escape($"note: {result.DataNote}"));
        var table = new Table().Border(TableBorder.Rounded).Title("spectrum per checkpoint (✓ = residual ≤ tol·max|θ|)")
            .AddColumns("step", "loss", "λmax", "λ2", "λ1−λ2", "λ1/λ2", "λmin", "outliers +/−", "converged", "s/HVP", "time s");
        foreach (var p in result.Points)
        {
            table.AddRow(
                p.Step.ToString(CultureInfo.InvariantCulture),
                F(p.Spectrum.Loss),
                F(p.LambdaMax) + (p.LambdaMaxConverged ? " ✓" : ""),
                F(p.LambdaSecond),
                F(p.TopGap),
                F(p.TopRatio),
                F(p.LambdaMin) + (p.LambdaMinConverged ? " ✓" : ""),
                $"{p.Outliers.Above}/{p.Outliers.Below}",
                $"{p.ConvergedRitzValues}/{p.Spectrum.Lanczos.Iterations}",
                p.Spectrum.SecondsPerProduct.ToString("F2", CultureInfo.InvariantCulture),
                p.Spectrum.LanczosReused ? "Lanczos reused"
                    : (p.Spectrum.DataSeconds + p.Spectrum.SetupSeconds + p.Spectrum.LanczosSeconds).ToString("F1", CultureInfo.InvariantCulture));
        }
        console.Write(table);
        if (result.Losses.Count > 0)
            console.MarkupLine(Markup.Escape("losses (step: train/test): " + string.Join("; ", result.Losses.Select(l => $"{l.Step}: {F(l.TrainLoss)}/{(l.TestLoss is { } t ? F(t) : "–")}"))));
        console.MarkupLine(Markup.Escape($"ridgeline σ = {F(result.Ridgeline.Sigma)} on {result.Ridgeline.Grid.Length} points; heatmap {result.Heatmap.Edges.Length - 1} bins; {(result.Completed ? "completed" : "NOT completed")} in {result.Seconds:F1} s"));
    }

    public static void Blocks(IAnsiConsole console, BlockSpectraResult result)
    {
        console.MarkupLine(Markup.Escape($"{result.Checkpoint} (sha256 {result.CheckpointSha256[..12]}…); products {result.Precision}; σ = {F(result.Sigma)}"
            + (result.TrainingReused is { } reused ? $"; training {(reused ? "reused" : "ran now")}" : "")));
        var table = new Table().Border(TableBorder.Rounded).Title("block spectra").AddColumns("block", "n", "λmin", "λmax", "Σ τ", "∫φ");
        foreach (var b in result.Blocks)
            table.AddRow(b.Name, b.Dimension.ToString("N0", CultureInfo.InvariantCulture), F(b.LambdaMin), F(b.LambdaMax),
                string.Join(", ", b.RunWeightTotals.Select(F)), F(b.Integral));
        console.Write(table);
        var js = new Table().Border(TableBorder.Rounded).Title("Jensen–Shannon distance (nats, ≤ √ln 2 ≈ 0.833)").AddColumn("");
        foreach (var b in result.Blocks) js.AddColumn(b.Name);
        for (int i = 0; i < result.Blocks.Count; i++)
            js.AddRow([result.Blocks[i].Name, .. result.JensenShannonDistance[i].Select(d => d.ToString("F3", CultureInfo.InvariantCulture))]);
        console.Write(js);
        console.MarkupLine(Markup.Escape($"{(result.Completed ? "completed" : "NOT completed")} in {result.Seconds:F1} s"));
    }

    private static string F(double value) => value.ToString("G5", CultureInfo.InvariantCulture);
}
