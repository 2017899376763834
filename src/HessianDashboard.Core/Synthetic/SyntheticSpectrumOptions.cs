namespace HessianDashboard.Core.Synthetic;

/// <summary>
/// Parameters of a synthetic spectrum (thesis §3.3). Only the parameters of <see cref="Kind"/> are used,
/// but all of them are validated.
/// </summary>
/// <param name="Kind">Which distribution to draw from.</param>
/// <param name="N">The number of eigenvalues n ∈ [1, 20000].</param>
/// <param name="Seed">Seed of the <see cref="Randomness.GaussianSampler"/> stream.</param>
public sealed record SyntheticSpectrumOptions(SpectrumKind Kind, int N, int Seed)
{
    /// <summary>The largest accepted <see cref="N"/>.</summary>
    public const int MaxN = 20000;

    /// <summary>
    /// Largest |value| of the real parameters: eigenvalues stay far from overflow (the custom outliers reach
    /// OutlierScale·(5 + 3·MaxN) ≈ 6e4·OutlierScale, and Lanczos squares nothing beyond ‖A‖).
    /// </summary>
    public const double MaxMagnitude = 1e12;

    /// <summary>Uniform: the lower end a of U[a, b).</summary>
    public double Lower { get; init; } = -50;

    /// <summary>Uniform: the upper end b of U[a, b) (b &gt; a).</summary>
    public double Upper { get; init; } = 50;

    /// <summary>Banded: the number of bands B ≥ 1; band b is centred at (b − (B − 1)/2)·<see cref="BandSpacing"/>.</summary>
    public int BandCount { get; init; } = 3;

    /// <summary>Banded: the distance between neighbouring band centres (&gt; 0).</summary>
    public double BandSpacing { get; init; } = 10;

    /// <summary>Banded: the standard deviation of each band (≥ 0).</summary>
    public double BandWidth { get; init; } = 0.5;

    /// <summary>Custom: the number P of positive outliers, placed at +OutlierScale·(5 + 3j), j = 0..P−1.</summary>
    public int PositiveOutliers { get; init; } = 3;

    /// <summary>Custom: the number M of negative outliers, placed at −OutlierScale·(5 + 3j), j = 0..M−1.</summary>
    public int NegativeOutliers { get; init; } = 2;

    /// <summary>Custom: the outlier scale s &gt; 0 (with s = 4 the outliers sit at least 20 bulk standard deviations out).</summary>
    public double OutlierScale { get; init; } = 4;

    /// <summary>Custom: the fraction f ∈ [0, 1) of eigenvalues that are exactly 0.0; their count is ⌊f·N⌋.</summary>
    public double ZeroFraction { get; init; } = 0.3;

    /// <summary>Custom: the number of exact zeros, ⌊<see cref="ZeroFraction"/>·<see cref="N"/>⌋.</summary>
    public int ZeroCount => (int)Math.Floor(ZeroFraction * N);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid parameter.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Kind)) Fail($"Unknown spectrum kind {(int)Kind}.");
        if (N is < 1 or > MaxN) Fail($"N must be in [1, {MaxN}], got {N}.");
        if (!double.IsFinite(Lower) || !double.IsFinite(Upper)) Fail($"Lower and Upper must be finite, got [{Lower}, {Upper}].");
        if (!(Upper > Lower)) Fail($"Upper must be greater than Lower, got Lower = {Lower}, Upper = {Upper}.");
        if (BandCount < 1) Fail($"BandCount must be at least 1, got {BandCount}.");
        if (!double.IsFinite(BandSpacing) || BandSpacing <= 0) Fail($"BandSpacing must be finite and positive, got {BandSpacing}.");
        if (!double.IsFinite(BandWidth) || BandWidth < 0) Fail($"BandWidth must be finite and non-negative, got {BandWidth}.");
        if (PositiveOutliers < 0) Fail($"PositiveOutliers must be non-negative, got {PositiveOutliers}.");
        if (NegativeOutliers < 0) Fail($"NegativeOutliers must be non-negative, got {NegativeOutliers}.");
        if (!double.IsFinite(OutlierScale) || OutlierScale <= 0) Fail($"OutlierScale must be finite and positive, got {OutlierScale}.");
        if (!double.IsFinite(ZeroFraction) || ZeroFraction < 0 || ZeroFraction >= 1)
            Fail($"ZeroFraction must be in [0, 1), got {ZeroFraction}.");
        if (Math.Max(Math.Max(Math.Abs(Lower), Math.Abs(Upper)), Math.Max(BandSpacing, Math.Max(BandWidth, OutlierScale))) > MaxMagnitude)
            Fail($"Lower, Upper, BandSpacing, BandWidth and OutlierScale must be at most {MaxMagnitude:0e0} in magnitude.");
        if (BandCount > MaxN || PositiveOutliers > MaxN || NegativeOutliers > MaxN)
            Fail($"BandCount and the outlier counts must be at most {MaxN}, got {BandCount}, {PositiveOutliers}, {NegativeOutliers}.");
        if (Kind == SpectrumKind.Custom && (long)PositiveOutliers + NegativeOutliers + ZeroCount > N)
            Fail($"Outliers ({PositiveOutliers} + {NegativeOutliers}) plus zeros ({ZeroCount}) exceed N = {N}.");
    }

    private static void Fail(string message) => throw new ArgumentException(message);
}
