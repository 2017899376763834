using System.Globalization;

namespace HessianDashboard.Core.IO;

/// <summary>The banner and size line of a Matrix Market file, and the number of entry lines they imply.</summary>
internal sealed class MatrixMarketHeader(MatrixMarketFormat format, MatrixMarketField field, MatrixMarketSymmetry symmetry)
{
    public const string Banner = "%%MatrixMarket";

    public MatrixMarketFormat Format { get; } = format;

    public MatrixMarketField Field { get; } = field;

    public MatrixMarketSymmetry Symmetry { get; } = symmetry;

    public int Rows { get; private set; }

    public int Columns { get; private set; }

    public int SizeLine { get; private set; }

    /// <summary>The number of entry lines the size line announces.</summary>
    public int EntryCount { get; private set; }

    /// <summary>Parses "%%MatrixMarket matrix &lt;format&gt; &lt;field&gt; &lt;symmetry&gt;" (keywords case-insensitive).</summary>
    public static MatrixMarketHeader ParseBanner(string line, int lineNumber)
    {
        var t = Tokens(line);
        if (t.Length == 0 || !t[0].Equals(Banner, StringComparison.OrdinalIgnoreCase))
            throw new MatrixMarketFormatException(lineNumber, $"missing '{Banner}' banner; the first line must read '{Banner} matrix <format> <field> <symmetry>'");
        if (t.Length != 5)
            throw new MatrixMarketFormatException(lineNumber, $"the banner must have 5 words ('{Banner} matrix <format> <field> <symmetry>'), got {t.Length}");
        if (!t[1].Equals("matrix", StringComparison.OrdinalIgnoreCase))
            throw new MatrixMarketFormatException(lineNumber, $"unsupported object '{t[1]}'; only 'matrix' is supported");
        var format = t[2].ToLowerInvariant() switch
        {
            "coordinate" => MatrixMarketFormat.Coordinate,
            "array" => MatrixMarketFormat.Array,
            _ => throw new MatrixMarketFormatException(lineNumber, $"unknown format '{t[2]}' (expected 'coordinate' or 'array')"),
        };
        var field = t[3].ToLowerInvariant() switch
        {
            "real" or "double" => MatrixMarketField.Real,
            "integer" => MatrixMarketField.Integer,
            "pattern" => MatrixMarketField.Pattern,
            "complex" => throw new MatrixMarketFormatException(lineNumber, "complex matrices are not supported: the operator must be real symmetric"),
            _ => throw new MatrixMarketFormatException(lineNumber, $"unknown field '{t[3]}' (expected 'real', 'integer' or 'pattern')"),
        };
        var symmetry = t[4].ToLowerInvariant() switch
        {
            "general" => MatrixMarketSymmetry.General,
            "symmetric" => MatrixMarketSymmetry.Symmetric,
            "skew-symmetric" or "hermitian" => throw new MatrixMarketFormatException(lineNumber,
                $"'{t[4]}' matrices are not supported: the operator must be real symmetric"),
            _ => throw new MatrixMarketFormatException(lineNumber, $"unknown symmetry '{t[4]}' (expected 'general' or 'symmetric')"),
        };
        if (field == MatrixMarketField.Pattern && format == MatrixMarketFormat.Array)
            throw new MatrixMarketFormatException(lineNumber, "the 'pattern' field is only valid with the 'coordinate' format");
        return new MatrixMarketHeader(format, field, symmetry);
    }

    /// <summary>Parses "rows cols entries" (coordinate) or "rows cols" (array) and fixes <see cref="EntryCount"/>.</summary>
    public void ParseSize(string line, int lineNumber)
    {
        var t = Tokens(line);
        bool coordinate = Format == MatrixMarketFormat.Coordinate;
        int expected = coordinate ? 3 : 2;
        if (t.Length != expected)
            throw new MatrixMarketFormatException(lineNumber,
                $"expected {expected} fields ({(coordinate ? "rows cols entries" : "rows cols")}) on the size line, got {t.Length}");
        Rows = ParsePositive(t[0], "row count", lineNumber);
        Columns = ParsePositive(t[1], "column count", lineNumber);
        SizeLine = lineNumber;
        bool symmetric = Symmetry == MatrixMarketSymmetry.Symmetric;
        if (symmetric && Rows != Columns)
            throw new MatrixMarketFormatException(lineNumber, $"a symmetric matrix must be square, got {Rows} × {Columns}");
        long capacity = symmetric ? (long)Rows * (Rows + 1) / 2 : (long)Rows * Columns;
        long count = capacity;
        if (coordinate)
        {
            if (!long.TryParse(t[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out count))
                throw new MatrixMarketFormatException(lineNumber, $"'{t[2]}' is not a valid entry count");
            if (count < 0)
                throw new MatrixMarketFormatException(lineNumber, $"the entry count must be non-negative, got {count}");
            if (count > capacity)
                throw new MatrixMarketFormatException(lineNumber,
                    $"{count} entries declared but a {Rows} × {Columns} {(symmetric ? "symmetric " : "")}matrix stores at most {capacity}");
        }
        if (count > Array.MaxLength)
            throw new MatrixMarketFormatException(lineNumber, $"{count} entries are too many to hold in memory");
        EntryCount = (int)count;
    }

    public static string[] Tokens(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True for blank lines and '%' comment lines, which may appear anywhere after the banner.</summary>
    public static bool IsSkippable(string line)
    {
        var trimmed = line.AsSpan().TrimStart();
        return trimmed.IsEmpty || trimmed[0] == '%';
    }

    private static int ParsePositive(string token, string what, int lineNumber)
    {
        if (!long.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value))
            throw new MatrixMarketFormatException(lineNumber, $"'{token}' is not a valid {what}");
        if (value <= 0)
            throw new MatrixMarketFormatException(lineNumber, $"the {what} must be positive, got {value}");
        if (value > int.MaxValue)
            throw new MatrixMarketFormatException(lineNumber, $"the {what} {value} is too large");
        return (int)value;
    }
}
