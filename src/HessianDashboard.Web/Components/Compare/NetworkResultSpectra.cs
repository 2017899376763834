using System.Globalization;
using HessianDashboard.Experiments.Chapter4;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>The spectra of the chapter-4 results, labelled as their Step events name their series.</summary>
internal static class NetworkResultSpectra
{
    /// <summary>"mnist/initialisation", "mnist/trained" …: converged counts at the request's ε, accuracy of that epoch.</summary>
    public static ResultExtraction ExactVsLanczos(ExactVsLanczosResult result, RunMetricsRow row) =>
        ResultExtraction.Of(result.Datasets.SelectMany(d => new[] { d.Initial, d.Trained }.OfType<StateSpectra>().Select(state =>
        {
            var (spectrum, metrics) = SpectrumRows.Network($"{d.Dataset}/{state.Stage}", state.Spectrum, row);
            var epoch = d.Epochs.FirstOrDefault(e => e.Epoch == state.Epoch);
            return (spectrum, metrics with
            {
                Converged = state.Converged,
                ConvergedRule = SpectrumRows.Epsilon(result.Request.Epsilon),
                Accuracy = epoch is null ? null : epoch.TestAccuracy ?? epoch.TrainAccuracy,
            });
        })));

    /// <summary>"step 0", "step 5" …: converged = Ritz values whose residual bound passes the trajectory's tolerance.</summary>
    public static ResultExtraction Trajectory(TrajectoryResult result, RunMetricsRow row) =>
        ResultExtraction.Of(result.Points.Select(p =>
        {
            var (spectrum, metrics) = SpectrumRows.Network(string.Create(CultureInfo.InvariantCulture, $"step {p.Step}"), p.Spectrum, row);
            return (spectrum, metrics with
            {
                Precision = result.Precision,
                Converged = p.ConvergedRitzValues,
                ConvergedRule = string.Create(CultureInfo.InvariantCulture, $"|β s| ≤ {result.ResidualTolerance:G3}·max|θ|"),
            });
        }));

    /// <summary>One spectrum per block and start vector: "name", "name #2" ….</summary>
    public static ResultExtraction Blocks(BlockSpectraResult result, RunMetricsRow row) =>
        ResultExtraction.Of(result.Blocks.SelectMany(b => b.Runs.Select((run, i) =>
        {
            string label = i == 0 ? b.Name : string.Create(CultureInfo.InvariantCulture, $"{b.Name} #{i + 1}");
            var (spectrum, metrics) = SpectrumRows.Network(label, run, row);
            return (spectrum, metrics with { Precision = result.Precision });
        })));

    /// <summary>"full #1", "batch 10 #2" …: Ritz values only (the study keeps no weights or residual bounds).</summary>
    public static ResultExtraction BatchSizes(BatchSizeStudyResult result, RunMetricsRow row) =>
        ResultExtraction.Of(result.Runs.Select(run =>
        {
            string label = run.IsFull
                ? string.Create(CultureInfo.InvariantCulture, $"full #{run.Repeat + 1}")
                : string.Create(CultureInfo.InvariantCulture, $"batch {run.BatchSize} #{run.Repeat + 1}");
            var spectrum = new LabelledSpectrum(label, run.Ritz, [], []);
            return (spectrum, SpectrumRows.Range(row, spectrum) with
            {
                Dimension = result.Dimension,
                Iterations = result.Request.Iterations,
                // BatchSizeStudyExperiment runs every batch with full reorthogonalisation and float64 products (its template's defaults)
                Variant = "Full",
                Precision = SpectrumRows.MatrixPrecision,
                Seconds = run.LanczosSeconds,
                Loss = run.Loss,
            });
        }));
}
