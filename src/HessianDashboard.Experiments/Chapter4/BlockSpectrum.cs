using HessianDashboard.Experiments.Networks;

namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// One block's spectrum: its Lanczos runs (one per start vector), each run's total Gauss weight Σ τ_i (1 up to
/// rounding: the block's spectral measure is a probability measure), and φ_σ on the common grid (∫φ ≈ 1).
/// </summary>
public sealed record BlockSpectrum
{
    public required string Name { get; init; }
    public required IReadOnlyList<string> Patterns { get; init; }

    /// <summary>The parameter names matched and their total count (the block's dimension).</summary>
    public required IReadOnlyList<string> Parameters { get; init; }
    public required int Dimension { get; init; }

    public required IReadOnlyList<NetworkSpectrumResult> Runs { get; init; }
    public required double[] RunWeightTotals { get; init; }

    /// <summary>φ_σ on <see cref="BlockSpectraResult.Grid"/> and its trapezoidal integral.</summary>
    public required double[] Density { get; init; }
    public required double Integral { get; init; }

    /// <summary>Largest and smallest Ritz values over the runs.</summary>
    public required double LambdaMax { get; init; }
    public required double LambdaMin { get; init; }
}
