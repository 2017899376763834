using System.Globalization;

namespace HessianDashboard.Web.Components.Studies;

/// <summary>Lists typed as text ("10, 50, 100"), parsed with messages a user can act on.</summary>
internal static class StudyLists
{
    public static int[] ParseInts(string? text, string what, List<string> errors)
    {
        var values = new List<int>();
        foreach (string token in (text ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)) values.Add(value);
            else errors.Add($"{what}: '{token}' is not a whole number.");
        }
        return [.. values];
    }

    public static string Format(IEnumerable<int> values) => string.Join(", ", values);
}
