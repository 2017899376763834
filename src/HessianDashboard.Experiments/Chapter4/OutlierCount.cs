namespace HessianDashboard.Experiments.Chapter4;

/// <summary>
/// Outliers of one Lanczos spectrum by <see cref="Outliers.Count"/>: the bulk interval [<see cref="BulkLower"/>,
/// <see cref="BulkUpper"/>] and the Ritz values beyond it by more than the factor times its width.
/// </summary>
/// <param name="Above">Ritz values θ &gt; BulkUpper + κ·(BulkUpper − BulkLower) (Sagun et al.'s "C − 1" outliers live here).</param>
/// <param name="Below">Ritz values θ &lt; BulkLower − κ·(BulkUpper − BulkLower) (negative outliers, e.g. at initialisation).</param>
/// <param name="BulkLower">Largest Ritz value with Gauss weight ≥ (1 + BulkMass)/2 at or above it.</param>
/// <param name="BulkUpper">Smallest Ritz value with Gauss weight ≥ (1 + BulkMass)/2 at or below it.</param>
/// <param name="UpperThreshold">BulkUpper + κ·width.</param>
/// <param name="LowerThreshold">BulkLower − κ·width.</param>
public sealed record OutlierCount(int Above, int Below, double BulkLower, double BulkUpper, double UpperThreshold, double LowerThreshold)
{
    /// <summary>Above + Below.</summary>
    public int Total => Above + Below;
}
