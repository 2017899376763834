using HessianDashboard.Experiments.Chapter3;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Experiments.Jobs;
using HessianDashboard.Experiments.Lanczos;
using HessianDashboard.Experiments.Networks;
using HessianDashboard.Experiments.Networks.Reuse;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>
/// Reads the comparable spectra off a run's result, whatever its kind: one <see cref="LabelledSpectrum"/> per final
/// spectrum (per variant, data set and state, checkpoint, block and start vector, Hessian batch), each labelled with
/// the series name its Step events carry, and a metrics row each. Kinds without a spectrum (studies, training) get one
/// row and a note saying so.
/// </summary>
internal static class ResultSpectra
{
    public static ResultExtraction Of(RunInfo run, RunMetricsRow row) => run.Result switch
    {
        LanczosRunResult r => ResultExtraction.Of([SpectrumRows.Lanczos(r.Variant.ToString(), r, row)]),
        SpectrumComparisonResult r => ResultExtraction.Of(r.Runs.Select(v => SpectrumRows.Lanczos(v.Variant.ToString(), v.Run, row))),
        NetworkSpectrumResult r => ResultExtraction.Of([SpectrumRows.Network(NetworkSpectrumSeries, r, row)]),
        ExactVsLanczosResult r => NetworkResultSpectra.ExactVsLanczos(r, row),
        TrajectoryResult r => NetworkResultSpectra.Trajectory(r, row),
        BlockSpectraResult r => NetworkResultSpectra.Blocks(r, row),
        BatchSizeStudyResult r => NetworkResultSpectra.BatchSizes(r, row),
        ConvergenceStudyResult r => ResultExtraction.Without(
            row with { Dimension = r.N, ConvergedRule = SpectrumRows.Epsilon(r.Epsilon) },
            "A convergence study has no spectrum to overlay: it counts converged Ritz values over many runs (the Studies page charts them)."),
        RuntimeStudyResult => ResultExtraction.Without(row,
            "A runtime study has no spectrum to overlay: it times Lanczos at several sizes (the Studies page charts them)."),
        Reused<TrainingRunResult> t => Training(t.Value, row),
        null => ResultExtraction.Without(row, Missing(run)),
        var other => ResultExtraction.Without(row, $"Runs of kind '{run.Kind}' ({other.GetType().Name}) have no spectrum to compare."),
    };

    /// <summary>The Step series of a network spectrum run (<see cref="Experiments.Networks.Jobs.NetworkSpectrumJobHandler.Series"/>).</summary>
    public const string NetworkSpectrumSeries = Experiments.Networks.Jobs.NetworkSpectrumJobHandler.Series;

    private static ResultExtraction Training(TrainingRunResult training, RunMetricsRow row)
    {
        var epoch = training.Epochs is [.., var lastEpoch] ? lastEpoch : null;
        var evaluation = training.Evaluations is [.., var lastEvaluation] ? lastEvaluation : null;
        return ResultExtraction.Without(row with
        {
            Seconds = training.Seconds,
            Loss = epoch?.TrainLoss ?? evaluation?.TrainLoss,
            Accuracy = epoch is null ? null : epoch.TestAccuracy ?? epoch.TrainAccuracy,
        }, "A training run has no spectrum to overlay: run Network spectrum on its checkpoints and compare those runs.");
    }

    private static string Missing(RunInfo run) => run.State switch
    {
        RunState.Queued => "Queued: no result yet.",
        RunState.Running => "Still running: no final spectrum yet (the ladder so far is shown; /compare follows it live).",
        RunState.Failed => $"Failed: {run.Error ?? "no message"}.",
        RunState.Interrupted => "Interrupted by a server restart before it had a result.",
        _ => "Cancelled before it had a result.",
    };
}
