using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace HessianDashboard.Web.Components.Compare;

/// <summary>
/// Reading and writing the values of a view's URL query: first value per key, invariant round-trippable numbers,
/// and values escaped for a URL. Nothing here throws on junk: bad values read as absent.
/// </summary>
public sealed class QueryValues
{
    private readonly Dictionary<string, Microsoft.Extensions.Primitives.StringValues> _values;

    private QueryValues(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> values) => _values = values;

    /// <summary>The query of <paramref name="uriOrQuery"/>: an absolute or relative URI, or the query itself (with or without '?').</summary>
    public static QueryValues Parse(string? uriOrQuery)
    {
        string text = uriOrQuery ?? "";
        int mark = text.IndexOf('?', StringComparison.Ordinal);
        if (mark >= 0) text = text[(mark + 1)..];
        else if (text.Contains("://", StringComparison.Ordinal)) text = "";
        int hash = text.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0) text = text[..hash];
        return new QueryValues(QueryHelpers.ParseQuery(text));
    }

    /// <summary>The first value of <paramref name="key"/>, or null.</summary>
    public string? Text(string key) => _values.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>
    /// The first value of <paramref name="key"/> as a finite number, or null when absent; a value that is not a finite
    /// number is reported in <paramref name="messages"/> and reads as null.
    /// </summary>
    public double? Number(string key, ICollection<string> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (Text(key) is not { } text) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)) return value;
        messages.Add($"'{Shorten(text)}' is not a number; {key} was ignored.");
        return null;
    }

    /// <summary>A number as the query writes it: shortest round-trippable invariant form.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>"k=v&amp;k2=v2" of the pairs with a value, values escaped; "" when none.</summary>
    public static string Join(IEnumerable<(string Key, string? Value)> pairs) =>
        string.Join('&', pairs.Where(p => p.Value is not null).Select(p => $"{p.Key}={Escape(p.Value!)}"));

    /// <summary>Escapes a value for the query, keeping the characters our values use unescaped (',' and '.').</summary>
    public static string Escape(string value) =>
        Uri.EscapeDataString(value).Replace("%2C", ",", StringComparison.Ordinal);

    /// <summary>At most 40 characters of junk for a message.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
