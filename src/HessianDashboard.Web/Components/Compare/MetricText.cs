using System.Globalization;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>How the metrics table shows numbers: four significant digits, "—" when unknown.</summary>
public static class MetricText
{
    public static string Number(double? value) =>
        value is double v && double.IsFinite(v) ? v.ToString("G4", CultureInfo.InvariantCulture) : Shared.RunText.None;

    public static string Integer(long? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? Shared.RunText.None;

    /// <summary>Seconds with up to three decimals.</summary>
    public static string Seconds(double? value) =>
        value is double v && double.IsFinite(v) ? v.ToString("0.###", CultureInfo.InvariantCulture) + " s" : Shared.RunText.None;

    /// <summary>A fraction as a percentage with one decimal: 0.9123 → "91.2 %".</summary>
    public static string Percent(double? value) =>
        value is double v && double.IsFinite(v) ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : Shared.RunText.None;
}
