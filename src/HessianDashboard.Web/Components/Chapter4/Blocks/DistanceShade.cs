using System.Globalization;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Charts;

namespace HessianDashboard.Web.Components.Chapter4.Blocks;

/// <summary>
/// The colour of a Jensen–Shannon cell: opacity 0.9·D/√ln 2 (so shades compare across runs) of amber on the light
/// theme and of purple on the dark one. Each hue keeps the theme's own text readable at every opacity (contrast ≥ 4.5:1
/// against MudBlazor's default text and surface colours; a test checks it), so the text colour never has to switch.
/// </summary>
internal static class DistanceShade
{
    /// <summary>The largest opacity (at D = √ln 2).</summary>
    public const double MaxOpacity = 0.9;

    public static readonly (byte R, byte G, byte B) Light = (255, 179, 0), Dark = (123, 31, 162);

    /// <summary>D/√ln 2 clamped to [0, 1].</summary>
    public static double Fraction(double distance) =>
        double.IsFinite(distance) ? Math.Clamp(distance / JensenShannon.MaxDistance, 0, 1) : 0;

    /// <summary>The shade's colour and opacity.</summary>
    public static (byte R, byte G, byte B, double Alpha) Of(double distance, ChartThemeMode mode)
    {
        var (r, g, b) = mode == ChartThemeMode.Dark ? Dark : Light;
        return (r, g, b, Math.Round(MaxOpacity * Fraction(distance), 3));
    }

    /// <summary>The cell's inline background.</summary>
    public static string Style(double distance, ChartThemeMode mode)
    {
        var (r, g, b, alpha) = Of(distance, mode);
        return string.Create(CultureInfo.InvariantCulture, $"background-color: rgba({r}, {g}, {b}, {alpha:0.###});");
    }
}
