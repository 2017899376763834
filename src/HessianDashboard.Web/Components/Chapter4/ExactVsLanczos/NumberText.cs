using System.Globalization;

namespace HessianDashboard.Web.Components.Chapter4.ExactVsLanczos;

/// <summary>Numbers as the page writes them: invariant culture, exponents as in "1e-5" and "-5.545e-17" (not "1E-05").</summary>
internal static class NumberText
{
    /// <summary>Four significant digits: <c>0.7159</c>, <c>7.486e-5</c>.</summary>
    public static string Short(double value) => Exponent(value.ToString("G4", CultureInfo.InvariantCulture));

    /// <summary>The shortest text that reads back as <paramref name="value"/>: <c>1e-5</c>, <c>0.001</c>.</summary>
    public static string RoundTrip(double value) => Exponent(value.ToString("R", CultureInfo.InvariantCulture));

    private static string Exponent(string text)
    {
        int e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0) return text;
        int exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return $"{text[..e]}e{exponent.ToString(CultureInfo.InvariantCulture)}";
    }
}
