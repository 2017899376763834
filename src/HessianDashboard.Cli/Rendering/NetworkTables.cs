using HessianDashboard.Experiments.Networks;
using HessianDashboard.Torch.Checkpoints;
using Spectre.Console;

namespace HessianDashboard.Cli.Rendering;

/// <summary>Tables for network spectra and training runs.</summary>
internal static class NetworkTables
{
    private const int Extremes = 10;

    public static void Render(IAnsiConsole console, NetworkSpectrumResult result)
    {
        var m = result.Manifest;
        var lanczos = result.Lanczos;
        var summary = new Table().Border(TableBorder.Rounded).Title("network Hessian").AddColumns("", "");
        summary.AddRow("model", Markup.Escape($"{CheckpointMetadata.KindName(m.Model)} {m.ModelConfig}"));
        summary.AddRow("parameters", $"{result.Dimension:N0}{(result.Dimension != m.ParameterCount ? $" of {m.ParameterCount:N0} (group)" : "")}");
        summary.AddRow("from", Markup.Escape(m.Checkpoint is null ? $"seeded initialisation {m.InitSeed}" : $"{m.Checkpoint} (sha256 {m.CheckpointSha256?[..12]}…)"));
        summary.AddRow("data", Markup.Escape(m.Dataset));
        if (m.DataNote.Length > 0) summary.AddRow("note", Markup.Escape(m.DataNote));
        summary.AddRow("Hessian batch", $"{m.HessianBatchSize:N0} {(m.BlockLength is { } t ? $"blocks × {t} tokens" : "samples")} (seed {m.HessianBatchSeed})");
        summary.AddRow("loss, ‖∇L‖", $"{result.Loss:G6}, {result.GradientNorm:G6}");
        if (result.FiniteDifferenceError is { } fd) summary.AddRow("HVP vs finite differences", $"relative error {fd:E2}");
        summary.AddRow("Lanczos", $"{lanczos.Iterations} steps, {lanczos.Variant.ToString().ToLowerInvariant()}, {lanczos.Status}");
        summary.AddRow("time", $"data+model {result.DataSeconds:F2} s, graph {result.SetupSeconds:F2} s, Lanczos {result.LanczosSeconds:F2} s ({result.SecondsPerProduct * 1e3:F1} ms per HVP)"
            + (result.ExactSeconds is { } e ? $", exact rows {e:F1} s, eigenvalues {result.EigenSeconds:F1} s" : ""));
        if (result.LanczosReused || result.ExactReused)
            summary.AddRow("reused", string.Join(", ", new[] { result.LanczosReused ? "Lanczos run (times as first measured)" : null, result.ExactReused ? "exact spectrum" : null }.OfType<string>()));
        if (result.ExactEigenvalues is { } exact)
        {
            summary.AddRow("exact λmin, λmax", $"{exact[0]:G8}, {exact[^1]:G8} (asymmetry {result.ExactAsymmetry:G2})");
            summary.AddRow($"converged (ε = {lanczos.Epsilon:G2})", $"{lanczos.ConvergedCount} of {lanczos.Iterations}, ghosts {lanczos.GhostCount}");
            summary.AddRow("negative eigenvalues", $"{exact.Count(v => v < 0):N0} of {exact.Length:N0} (mass {exact.Where(v => v < 0).Sum():G4})");
        }
        console.Write(summary);

        var ritz = new Table().Border(TableBorder.Rounded).Title($"Ritz values: {Extremes} largest and {Extremes} smallest").AddColumns("i", "θ", "|β s|");
        var indices = Enumerable.Range(0, lanczos.Ritz.Length).ToArray();
        var shown = indices.Length <= 2 * Extremes ? indices : [.. indices[^Extremes..].Reverse(), -1, .. indices[..Extremes].Reverse()];
        foreach (int i in shown)
        {
            if (i < 0) ritz.AddRow("…", "", "");
            else ritz.AddRow($"{i + 1}", $"{lanczos.Ritz[i]:G10}", $"{lanczos.Residuals[i]:E2}");
        }
        console.Write(ritz);
    }

    public static void Render(IAnsiConsole console, TrainingRunResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"training on {result.Dataset}"));
        if (result.Epochs is { } epochs)
        {
            table.AddColumns("epoch", "train loss", "train acc", "test loss", "test acc");
            foreach (var e in epochs)
                table.AddRow($"{e.Epoch}", $"{e.TrainLoss:F4}", $"{e.TrainAccuracy:P2}", e.TestLoss is { } tl ? $"{tl:F4}" : "", e.TestAccuracy is { } ta ? $"{ta:P2}" : "");
        }
        else if (result.Evaluations is { } evaluations)
        {
            table.AddColumns("iteration", "train loss", "val loss", "lr");
            foreach (var e in evaluations) table.AddRow($"{e.Iteration}", $"{e.TrainLoss:F4}", $"{e.ValidationLoss:F4}", $"{e.LearningRate:G3}");
        }
        console.Write(table);
        if (result.DataNote.Length > 0) console.MarkupLineInterpolated($"[grey]{result.DataNote}[/]");
        foreach (var c in result.Checkpoints) console.MarkupLineInterpolated($"checkpoint {c.Step}: {c.Path}");
        console.MarkupLineInterpolated($"{(result.Completed ? "done" : "[yellow]cancelled[/]: the checkpoints above are kept")} in {result.Seconds:F1} s");
    }
}
