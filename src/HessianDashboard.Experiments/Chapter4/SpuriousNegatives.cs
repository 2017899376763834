namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// Negative Ritz values of a small-batch Hessian that the full-batch Hessian does not have (thesis §4.2: "the smaller
/// batches yield negative eigenvalues, which do not appear in the spectrum of the full Hessian"). A small-batch Ritz
/// value θ is spurious when θ &lt; min(0, θ_min^full) − τ · max_j |θ_j^full|: below zero and below everything the
/// full batch shows, by more than a tolerance relative to the full spectrum's scale (τ = 1e-3 by default), so
/// round-off around a full-batch eigenvalue at 0 is not flagged.
/// </summary>
public static class SpuriousNegatives
{
    /// <summary>The default relative tolerance τ.</summary>
    public const double DefaultTolerance = 1e-3;

    /// <summary>The threshold min(0, θ_min^full) − τ · max|θ^full|.</summary>
    public static double Threshold(IReadOnlyCollection<double> fullRitz, double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(fullRitz);
        if (fullRitz.Count == 0) throw new ArgumentException("The full-batch spectrum is empty.", nameof(fullRitz));
        if (!(tolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "τ must be non-negative.");
        return Math.Min(0, fullRitz.Min()) - tolerance * fullRitz.Max(Math.Abs);
    }

    /// <summary>The spurious negative values of <paramref name="ritz"/> (ascending).</summary>
    public static double[] Find(IEnumerable<double> ritz, IReadOnlyCollection<double> fullRitz, double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(ritz);
        double threshold = Threshold(fullRitz, tolerance);
        return [.. ritz.Where(v => v < threshold).Order()];
    }
}
