using System.Globalization;
using System.Text;

namespace HessianDashboard.Web.Components.Runs;

/// <summary>
/// CSV as RFC 4180 has it: comma-separated fields, CRLF line ends, a field quoted (its quotes doubled) when it holds a
/// comma, quote, CR or LF. Numbers are written in the invariant culture, doubles round-trippable ("R": parsing the text
/// gives the same double, NaN as <c>NaN</c>).
/// </summary>
public sealed class Csv
{
    private readonly StringBuilder _text = new();

    /// <summary>A document whose first row is <paramref name="header"/>.</summary>
    public Csv(params string[] header) => Row(header);

    /// <summary>Data rows written so far (the header not counted).</summary>
    public int Rows { get; private set; } = -1;

    /// <summary>Appends one row of already formatted fields.</summary>
    public Csv Row(params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _text.AppendJoin(',', fields.Select(Field)).Append("\r\n");
        Rows++;
        return this;
    }

    /// <summary>A field, quoted when it must be.</summary>
    public static string Field(string? value)
    {
        value ??= "";
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>A double in its shortest round-trippable invariant form.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A whole number in the invariant culture.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The document.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>Splits an RFC 4180 document back into rows of fields (for tests and round trips).</summary>
    public static IReadOnlyList<string[]> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add([.. row]); }
        return rows;
    }
}
