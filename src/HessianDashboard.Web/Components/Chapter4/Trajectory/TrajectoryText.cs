using System.Globalization;
using HessianDashboard.Experiments.Chapter4;

namespace HessianDashboard.Web.Components.Chapter4.Trajectory;

/// <summary>The wording of the trajectory pages: numbers, and the outlier definition as <see cref="Outliers"/> documents it.</summary>
internal static class TrajectoryText
{
    /// <summary>Six significant digits, invariant; "—" when not finite.</summary>
    public static string Number(double value) => double.IsFinite(value) ? value.ToString("G6", CultureInfo.InvariantCulture) : "—";

    /// <summary>Round-trip text for data attributes (tests compare it with the result's doubles).</summary>
    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>One line: the project's outlier rule (decision 011) with this run's settings.</summary>
    public static string OutlierRule(TrajectoryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return string.Create(CultureInfo.InvariantCulture,
            $"Ritz values beyond the largest gap (ratio ≥ {Outliers.DefaultMinimumGapRatio:G3}) from the weighted median, among the resolved ones (residual ≤ {plan.ResidualTolerance:G3}·max|θ|)");
    }

    /// <summary>The definition in full (docs/algorithms/chapter4-spectra.md, <see cref="Outliers"/>; decision 011).</summary>
    public static string OutlierDefinition(TrajectoryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return FormattableString.Invariant(
            $"Outliers (Outliers.Find, the one rule of every chapter-4 page): the spectrum is read as a measure — Gauss weights τᵢ of the Ritz values here, 1/n per eigenvalue for an exact spectrum — ") +
            FormattableString.Invariant(
            $"with bulk centre c its weighted median. Among the resolved values (residual ≤ {plan.ResidualTolerance:G3}·max|θ|) within 3C values' worth of weight from each end, the outliers above are those before ") +
            FormattableString.Invariant(
            $"the largest ratio (θᵢ − c)/(θᵢ₊₁ − c), when it is at least {Outliers.DefaultMinimumGapRatio:G3}; mirrored below c. C is the number of classes (10 for the MLP, 65 characters for NanoGPT). ") +
            "Scale-free, and the same count from an exact spectrum or a Lanczos run of the same Hessian (docs/decisions/011-one-outlier-definition.md).";
    }

    /// <summary>"4 min 05 s"-style wall time from seconds.</summary>
    public static string Seconds(double seconds) =>
        double.IsFinite(seconds) ? Shared.RunText.Duration(TimeSpan.FromSeconds(seconds)) : Shared.RunText.None;
}
