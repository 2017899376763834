using HessianDashboard.Experiments.Networks;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// One model state (initialisation or trained) of <see cref="ExactVsLanczosExperiment"/>: the network spectrum run
/// (exact eigenvalues in <see cref="NetworkSpectrumResult.ExactEigenvalues"/>; the Lanczos result's copy of them is
/// dropped), the views of Fig 4.1/4.2 and the converged count after every Lanczos step.
/// </summary>
public sealed record StateSpectra
{
    /// <summary>"initialisation" or "trained".</summary>
    public required string Stage { get; init; }

    /// <summary>The checkpoint's epoch (0 = initialisation).</summary>
    public required int Epoch { get; init; }

    public required NetworkSpectrumResult Spectrum { get; init; }

    /// <summary>Histogram of the exact spectrum (Fig 4.1, linear and log-count views).</summary>
    public required SpectrumHistogram Histogram { get; init; }

    /// <summary>The outliers of the exact spectrum (<see cref="Chapter4.Outliers"/>; the zoom of Fig 4.1) and their count against C − 1.</summary>
    public required OutlierAnalysis Outliers { get; init; }

    /// <summary>The same rule on the Lanczos run (Ritz values with Gauss weights): the count a run without the exact spectrum would report.</summary>
    public OutlierAnalysis? LanczosOutliers { get; init; }

    /// <summary>The negative part of the exact spectrum.</summary>
    public required NegativeMass Negative { get; init; }

    /// <summary>The ⌈m/2⌉ smallest and ⌊m/2⌋ largest exact eigenvalues, ascending (Fig 4.2 with m = 100: 50 and 50).</summary>
    public required double[] ExactSmallest { get; init; }
    public required double[] ExactLargest { get; init; }

    /// <summary>Ritz values (ascending) after each step k = 1…m, as Lanczos reported them.</summary>
    public required double[][] RitzPerStep { get; init; }

    /// <summary>Exact eigenvalues matched within ε by the Ritz values of step k (<see cref="HessianDashboard.Core.Metrics.ConvergenceCount"/>), k = 1…m.</summary>
    public required int[] ConvergedPerStep { get; init; }

    /// <summary>The converged count after the last step (Table 4.2).</summary>
    public int Converged => ConvergedPerStep.Length == 0 ? 0 : ConvergedPerStep[^1];
}
