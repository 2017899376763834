using System.Globalization;
using HessianDashboard.Experiments.Common;
using HessianDashboard.Experiments.Jobs;

namespace HessianDashboard.Experiments.Networks.Jobs;

/// <summary>
/// Maps a network spectrum's stages onto one run fraction (which never decreases): without the exact Hessian,
/// Lanczos is the whole run; with it, Lanczos takes the first <see cref="LanczosShare"/>, the exact Hessian's rows
/// (one product each, the long part) up to <see cref="RowsEnd"/> and the eigen-decomposition the rest. Each
/// Progress event keeps the stage's own count in its stage text ("exact Hessian: row 120 of 12,730"), so the run's
/// fraction (and ETA) and the stage's position are both visible.
/// </summary>
internal sealed class SpectrumProgress(IRunReporter reporter, bool exact) : IProgress<ExperimentProgress>
{
    public const double LanczosShare = 0.1;
    public const double RowsEnd = 0.97;

    /// <summary>Units of the overall fraction in the published Progress events.</summary>
    public const int Scale = 10_000;

    /// <summary>Where a Lanczos step k of m puts the run.</summary>
    public double LanczosFraction(int k, int m) => Quantise((exact ? LanczosShare : 1) * k / Math.Max(1, m));

    // Step events and the "lanczos" Progress events of the same step must carry the very same fraction.
    private static double Quantise(double fraction) => Math.Round(fraction * Scale) / Scale;

    public void Report(ExperimentProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        (double start, double end) = value.Stage switch
        {
            "lanczos" => (0, exact ? LanczosShare : 1),
            "exact Hessian" => (LanczosShare, RowsEnd),
            "eigenvalues" => (RowsEnd, 1),
            _ => (0, 0),
        };
        string stage = value.Stage switch
        {
            "exact Hessian" => string.Create(CultureInfo.InvariantCulture, $"exact Hessian: row {value.Done:N0} of {value.Total:N0}"),
            "lanczos" => string.Create(CultureInfo.InvariantCulture, $"lanczos: step {value.Done} of {value.Total}"),
            _ => value.Stage,
        };
        double fraction = Quantise(start + (end - start) * value.Fraction);
        reporter.Report(new ExperimentProgress(stage, (int)Math.Round(fraction * Scale), Scale));
    }
}
