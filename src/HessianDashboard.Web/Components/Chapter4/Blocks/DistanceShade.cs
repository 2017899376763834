using System.Globalization;
using HessianDashboard.Experiments.Chapter4;
using HessianDashboard.Web.Components.Charts;

namespace HessianDashboard.Web.Components.Chapter4.Blocks;

/// <summary>
/// The colour of a Jensen–Shannon cell: opacity 0.9·D/scale of amber on the light theme and of purple on the dark one,
/// the scale being the matrix's largest distance (distances between blocks are often far below √ln 2, where an absolute
/// scale would leave every cell nearly white). Each hue keeps the theme's own text readable at every opacity (contrast
/// ≥ 4.5:1 against MudBlazor's default text and surface colours; a test checks it), so the text never switches colour.
/// </summary>
internal static class DistanceShade
{
    /// <summary>The largest opacity (at the largest distance).</summary>
    public const double MaxOpacity = 0.9;

    public static readonly (byte R, byte G, byte B) Light = (255, 179, 0), Dark = (123, 31, 162);

    /// <summary>The scale of <paramref name="matrix"/>: its largest distance, or √ln 2 when all are 0.</summary>
    public static double Scale(double[][] matrix)
    {
        double largest = matrix.SelectMany(row => row).Where(double.IsFinite).DefaultIfEmpty(0).Max();
        return largest > 0 ? largest : JensenShannon.MaxDistance;
    }

    /// <summary>D/scale clamped to [0, 1].</summary>
    public static double Fraction(double distance, double scale) =>
        double.IsFinite(distance) && scale > 0 ? Math.Clamp(distance / scale, 0, 1) : 0;

    /// <summary>The shade's colour and opacity.</summary>
    public static (byte R, byte G, byte B, double Alpha) Of(double distance, double scale, ChartThemeMode mode)
    {
        var (r, g, b) = mode == ChartThemeMode.Dark ? Dark : Light;
        return (r, g, b, Math.Round(MaxOpacity * Fraction(distance, scale), 3));
    }

    /// <summary>The cell's inline background.</summary>
    public static string Style(double distance, double scale, ChartThemeMode mode)
    {
        var (r, g, b, alpha) = Of(distance, scale, mode);
        return string.Create(CultureInfo.InvariantCulture, $"background-color: rgba({r}, {g}, {b}, {alpha:0.###});");
    }
}
