using HessianDashboard.Core.Density;
using HessianDashboard.Web.Components.Charts.Config;
using HessianDashboard.Web.Components.Lab;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>
/// The SLQ densities of the shown spectra on one grid (docs/algorithms/slq.md): each spectrum's Gauss rule — nodes the
/// Ritz values θᵢ, weights τᵢ — smoothed by a Gaussian of width σ, φσ(t) = Σ τᵢ gσ(t − θᵢ), as the lab does
/// (<see cref="LabDensity"/>). Spectra without weights (a batch-size study keeps none) are listed in <see cref="Skipped"/>.
/// </summary>
/// <param name="Series">One curve per spectrum with weights; on a log axis values are floored at <paramref name="Low"/>.</param>
/// <param name="Sigma">The σ used.</param>
/// <param name="SigmaMin">The slider's lower end (span/500).</param>
/// <param name="SigmaMax">The slider's upper end (span/5).</param>
/// <param name="Integrals">∫φσ of each curve (1 up to the grid's truncation), in series order.</param>
/// <param name="Low">The smallest value drawn on a log axis.</param>
/// <param name="High">The largest density value.</param>
/// <param name="Skipped">Names of the shown spectra that have no weights.</param>
public sealed record DensityOverlay(IReadOnlyList<ChartSeries> Series, double Sigma, double SigmaMin, double SigmaMax,
    IReadOnlyList<double> Integrals, double Low, double High, IReadOnlyList<string> Skipped)
{
    /// <summary>The most grid points per curve.</summary>
    public const int MaxGridPoints = 4000;

    /// <summary>On a log axis, densities below High·this are drawn at that floor.</summary>
    public const double LogFloorRatio = 1e-8;

    /// <summary>Nothing to draw.</summary>
    public static DensityOverlay Empty(IReadOnlyList<string> skipped) => new([], 1, 1, 1, [], LogFloorRatio, 1, skipped);

    /// <summary>
    /// The densities of the shown entries with weights, smoothed with <paramref name="sigma"/> clamped to the slider's
    /// range (null: a hundredth of the span of all nodes), on one grid over all nodes ± 5σ.
    /// </summary>
    public static DensityOverlay Of(IEnumerable<CompareEntry> entries, double? sigma, bool logY)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var shown = entries.Where(e => e.Shown && e.Spectrum is { Ritz.Length: > 0 }).ToList();
        var weighted = shown.Where(e => e.Spectrum!.HasWeights).ToList();
        IReadOnlyList<string> skipped = [.. shown.Where(e => !e.Spectrum!.HasWeights).Select(e => e.Name)];
        if (weighted.Count == 0) return Empty(skipped);
        var estimates = weighted.Select(e => LabDensity.Estimate(e.Spectrum!.Ritz.Length, e.Spectrum.Ritz, e.Spectrum.Weights)).ToList();
        var all = new SpectralDensityEstimate(0, [.. estimates.SelectMany(e => e.Rules)]);
        var (min, max, initial) = LabDensity.SigmaRange(all);
        double s = Math.Clamp(sigma ?? initial, min, max);
        var (lo, hi) = all.NodeRange();
        double a = lo - 5 * s, b = hi + 5 * s;
        int points = (int)Math.Clamp(Math.Ceiling(2 * (b - a) / s) + 1, 200, MaxGridPoints);
        var curves = estimates.Select(e => e.Smooth(s, points, a, b)).ToList();
        double high = curves.Max(c => c.Density.Max());
        double low = high > 0 ? high * LogFloorRatio : LogFloorRatio;
        var series = weighted.Select((e, i) => new ChartSeries(e.Name,
            [.. curves[i].Grid.Select((t, g) => new ChartPoint(t, logY ? Math.Max(curves[i].Density[g], low) : curves[i].Density[g]))])
        {
            Color = e.Color,
        }).ToArray();
        return new DensityOverlay(series, s, min, max, [.. curves.Select(c => c.Integral())], low, Math.Max(high, low), skipped);
    }
}
