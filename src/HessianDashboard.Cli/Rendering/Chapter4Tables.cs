using HessianDashboard.Experiments.Chapter4;
using Spectre.Console;

namespace HessianDashboard.Cli.Rendering;

/// <summary>Tables for the chapter-4 experiments: Table 4.1/4.2 with the spectrum views' numbers, and the batch-size study.</summary>
internal static class Chapter4Tables
{
    public static void Render(IAnsiConsole console, ExactVsLanczosResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Table 4.2: exact vs Lanczos (full reorthogonalisation)")
            .AddColumns("data set", "stage", "converged", "λmin", "λmax", "outliers (C−1)", "λ<0 (mass)", "exact", "Lanczos s");
        foreach (var d in result.Datasets)
            foreach (var s in new[] { d.Initial, d.Trained })
            {
                if (s is null) continue;
                var exact = s.Spectrum.ExactEigenvalues!;
                table.AddRow(d.Dataset, s.Stage + (s.Epoch > 0 ? $" ({s.Epoch} ep.)" : ""), $"{s.Converged} of {s.Spectrum.Lanczos.Iterations}",
                    $"{exact[0]:G6}", $"{exact[^1]:G6}", $"{s.Outliers.Count} ({s.Outliers.Expected})",
                    $"{s.Negative.Count:N0} ({s.Negative.MassFraction:P2})",
                    s.Spectrum.ExactReused ? "reused" : $"{s.Spectrum.ExactSeconds + s.Spectrum.EigenSeconds:F1} s",
                    s.Spectrum.LanczosReused ? "reused" : $"{s.Spectrum.LanczosSeconds:F2}");
            }
        console.Write(table);

        var training = new Table().Border(TableBorder.Rounded).Title("Table 4.1: training (batch 64, SGD)")
            .AddColumns("data set", "data", "epochs", "train loss", "train acc", "test loss", "test acc", "training", "total s");
        foreach (var d in result.Datasets)
        {
            var row = d.Row;
            var last = d.Epochs.Count > 0 ? d.Epochs[^1] : null;
            training.AddRow(d.Dataset, Markup.Escape(d.DataName), $"{last?.Epoch}", $"{last?.TrainLoss:F4}", $"{last?.TrainAccuracy:P2}",
                last?.TestLoss is { } tl ? $"{tl:F4}" : "–", last?.TestAccuracy is { } ta ? $"{ta:P2}" : "–",
                d.TrainingReused ? "reused" : $"{row?.TrainingSeconds:F1} s", $"{row?.Seconds:F1}");
        }
        console.Write(training);
        foreach (var d in result.Datasets.Where(d => d.DataNote.Length > 0)) console.MarkupLineInterpolated($"[grey]{d.Dataset}: {d.DataNote}[/]");
        foreach (var s in result.Skipped) console.MarkupLineInterpolated($"[yellow]skipped {s.Dataset}: {s.Reason}[/]");
        console.MarkupLineInterpolated($"[grey]{result.Seconds:F1} s in all{(result.Completed ? "" : " (incomplete)")}[/]");
    }

    public static void Render(IAnsiConsole console, BatchSizeStudyResult result)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"Fig 4.3/4.4: Hessian batch size ({result.DataName}, {result.Dimension:N0} parameters, {Path.GetFileName(result.Checkpoint)})"))
            .AddColumns("batch", "runs", "Lanczos s median (sd)", "‖∇L‖ (mean)", "L1 to full", "L2 to full", "runs with spurious λ<0");
        foreach (var s in result.Sizes)
            table.AddRow(s.IsFull ? $"full ({s.BatchSize:N0})" : $"{s.BatchSize:N0}", $"{s.Runs}",
                s.MedianLanczosSeconds is { } median ? $"{median:F3} ({s.LanczosSeconds.StandardDeviation:F3})" : "–", $"{s.GradientNorm.Mean:G4}",
                s.L1 is { } l1 ? $"{l1.Mean:G4}" : "–", s.L2 is { } l2 ? $"{l2.Mean:G4}" : "–", $"{s.RunsWithSpuriousNegatives}");
        console.Write(table);
        if (result.RuntimeFit is { } fit)
            console.MarkupLineInterpolated($"runtime ≈ {Math.Pow(10, fit.Intercept):G3} s · b^{fit.Slope:F2} (log-log least squares over {(result.RuntimeFitOnMedians ? $"the medians of {fit.Points} batch sizes" : $"{fit.Points} runs")}, R² = {fit.RSquared:F3}; slope 1 = linear cost)");
        if (result.Runs.Count > 0 && result.Runs.All(r => r.WarmupProducts > 0))
            console.MarkupLineInterpolated($"[grey]every run timed after {result.Runs[0].WarmupProducts} untimed Hessian-vector products on its batch (warm-up)[/]");
        if (result.TrainingReused is { } reused) console.MarkupLineInterpolated($"[grey]checkpoint {(reused ? "reused from" : "trained into")} the artifact store ({result.TrainingKey})[/]");
        console.MarkupLineInterpolated($"[grey]{result.Seconds:F1} s in all{(result.Completed ? "" : " (incomplete)")}[/]");
    }
}
