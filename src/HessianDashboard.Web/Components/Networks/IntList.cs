using System.Globalization;

namespace HessianDashboard.Web.Components.Networks;

/// <summary>Comma- or space-separated whole numbers typed in a form field ("0, 5, 15").</summary>
public static class IntList
{
    /// <summary>The numbers, or null with <paramref name="error"/> naming the first entry that is not one.</summary>
    public static int[]? Parse(string? text, string what, out string? error)
    {
        error = null;
        var parts = (text ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new List<int>();
        foreach (string part in parts)
        {
            if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
            {
                error = $"{what}: '{part}' is not a whole number.";
                return null;
            }
            values.Add(value);
        }
        return [.. values.Distinct().Order()];
    }

    public static string Format(IEnumerable<int> values) => string.Join(", ", values);
}
