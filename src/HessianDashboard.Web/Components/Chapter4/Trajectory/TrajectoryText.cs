using System.Globalization;

namespace HessianDashboard.Web.Components.Chapter4.Trajectory;

/// <summary>The wording of the trajectory pages: numbers, and the outlier definition as <c>Outliers.Count</c> documents it.</summary>
internal static class TrajectoryText
{
    /// <summary>Six significant digits, invariant; "—" when not finite.</summary>
    public static string Number(double value) => double.IsFinite(value) ? value.ToString("G6", CultureInfo.InvariantCulture) : "—";

    /// <summary>Round-trip text for data attributes (tests compare it with the result's doubles).</summary>
    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>One line: the rule with the run's b and κ.</summary>
    public static string OutlierRule(TrajectoryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return string.Create(CultureInfo.InvariantCulture,
            $"Ritz values more than κ = {plan.OutlierFactor:G4} bulk widths beyond the bulk, the Gauss-weighted quantile interval holding b = {plan.BulkMass:P0} of the spectral measure");
    }

    /// <summary>The definition in full (docs/algorithms/training-spectra.md, <c>Outliers.Count</c>).</summary>
    public static string OutlierDefinition(TrajectoryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        double tail = (1 - plan.BulkMass) / 2;
        return FormattableString.Invariant(
            $"Outliers (Outliers.Count): with Gauss weights τᵢ (Σ τᵢ = 1) the bulk is [q_lo, q_hi], q_hi the smallest Ritz value with weight {1 - tail:P1} at or below it ") +
            FormattableString.Invariant(
            $"and q_lo the largest with {1 - tail:P1} at or above it (b = {plan.BulkMass:G4}); with w = q_hi − q_lo a Ritz value is an outlier above when θ > q_hi + κw ") +
            FormattableString.Invariant($"and below when θ < q_lo − κw (κ = {plan.OutlierFactor:G4}). Scale-free, and independent of how many Ritz values Lanczos spent on the bulk. ") +
            "The chapter-4 pages are being unified on one outlier rule; see docs/algorithms/training-spectra.md.";
    }

    /// <summary>"4 min 05 s"-style wall time from seconds.</summary>
    public static string Seconds(double seconds) =>
        double.IsFinite(seconds) ? Shared.RunText.Duration(TimeSpan.FromSeconds(seconds)) : Shared.RunText.None;
}
