using System.Globalization;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>
/// One colour per run (its chip, its strips, ladders and density), readable on the light and the dark theme; a run with
/// several spectra draws them in shades of its colour.
/// </summary>
public static class ComparePalette
{
    /// <summary>Twelve distinct colours, one per run slot (<see cref="RunIds.Max"/>).</summary>
    public static readonly IReadOnlyList<string> Runs =
    [
        "#42a5f5", "#ffa726", "#ab47bc", "#26a69a", "#ef5350", "#8d6e63",
        "#66bb6a", "#ec407a", "#7e57c2", "#29b6f6", "#c0ca33", "#78909c",
    ];

    /// <summary>The colour of the run in slot <paramref name="slot"/>.</summary>
    public static string Of(int slot) => Runs[((slot % Runs.Count) + Runs.Count) % Runs.Count];

    /// <summary>
    /// Shade <paramref name="index"/> of <paramref name="count"/> of <paramref name="color"/> ("#rrggbb"): the colour
    /// itself first, then alternately darker and lighter, up to 45 % toward black or white — never white or black, so
    /// every shade shows on both themes.
    /// </summary>
    public static string Shade(string color, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(color);
        if (index <= 0 || count <= 1 || color.Length != 7) return color;
        double amount = 0.45 * ((index + 1) / 2) / ((count + 1) / 2.0);
        int target = index % 2 == 1 ? 0 : 255;
        var parts = Enumerable.Range(0, 3).Select(i =>
        {
            int c = int.Parse(color.AsSpan(1 + 2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return (int)Math.Round(c + (target - c) * amount);
        });
        return "#" + string.Concat(parts.Select(c => c.ToString("x2", CultureInfo.InvariantCulture)));
    }
}
