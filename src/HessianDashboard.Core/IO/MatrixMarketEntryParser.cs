using System.Globalization;

namespace HessianDashboard.Core.IO;

/// <summary>Parses the entry lines announced by a <see cref="MatrixMarketHeader"/>, one line at a time.</summary>
internal sealed class MatrixMarketEntryParser(MatrixMarketHeader header)
{
    private readonly List<(int Row, int Col, double Value)> _entries = new(Math.Min(header.EntryCount, 1 << 20));
    private readonly List<int> _lines = new(Math.Min(header.EntryCount, 1 << 20));
    private readonly Dictionary<long, int> _seen = []; // entry key → index of the entry
    private int _arrayRow;
    private int _arrayColumn;

    public bool IsComplete => _entries.Count == header.EntryCount;

    public void Add(string line, int lineNumber)
    {
        if (IsComplete)
            throw new MatrixMarketFormatException(lineNumber, $"more entries than the {header.EntryCount} declared on line {header.SizeLine}");
        var t = MatrixMarketHeader.Tokens(line);
        if (header.Format == MatrixMarketFormat.Array) AddArray(t, lineNumber);
        else AddCoordinate(t, lineNumber);
        _lines.Add(lineNumber);
    }

    public MatrixMarketMatrix Finish(int lastLine)
    {
        if (!IsComplete)
            throw new MatrixMarketFormatException(lastLine,
                $"the file ends after {_entries.Count} of the {header.EntryCount} entries declared on line {header.SizeLine}");
        return new MatrixMarketMatrix(header, [.. _entries], [.. _lines]);
    }

    private void AddArray(string[] t, int lineNumber)
    {
        if (t.Length != 1) throw new MatrixMarketFormatException(lineNumber, $"expected 1 field (value), got {t.Length}");
        _entries.Add((_arrayRow, _arrayColumn, ParseValue(t[0], lineNumber)));
        // Column-major; a symmetric array stores the lower triangle (row ≥ column) only.
        if (++_arrayRow == header.Rows)
        {
            _arrayColumn++;
            _arrayRow = header.Symmetry == MatrixMarketSymmetry.Symmetric ? _arrayColumn : 0;
        }
    }

    private void AddCoordinate(string[] t, int lineNumber)
    {
        bool pattern = header.Field == MatrixMarketField.Pattern;
        int expected = pattern ? 2 : 3;
        if (t.Length != expected)
            throw new MatrixMarketFormatException(lineNumber,
                $"expected {expected} fields ({(pattern ? "row col" : "row col value")}), got {t.Length}");
        int row = ParseIndex(t[0], "row", header.Rows, lineNumber);
        int col = ParseIndex(t[1], "column", header.Columns, lineNumber);
        double value = pattern ? 1.0 : ParseValue(t[2], lineNumber);
        CheckDuplicate(row, col, lineNumber);
        _entries.Add((row, col, value));
    }

    private void CheckDuplicate(int row, int col, int lineNumber)
    {
        bool symmetric = header.Symmetry == MatrixMarketSymmetry.Symmetric;
        // A symmetric file may store either triangle, but (i, j) and (j, i) name the same entry.
        long key = symmetric ? Key(Math.Max(row, col), Math.Min(row, col)) : Key(row, col);
        if (!_seen.TryAdd(key, _entries.Count))
        {
            int index = _seen[key];
            int first = _lines[index];
            int firstRow = _entries[index].Row;
            string detail = firstRow == row
                ? $"duplicate entry ({row + 1},{col + 1}), first given on line {first}"
                : $"entry ({row + 1},{col + 1}) duplicates ({col + 1},{row + 1}) given on line {first}; a symmetric file stores only one triangle";
            throw new MatrixMarketFormatException(lineNumber, detail);
        }
    }

    private long Key(int row, int col) => (long)row * header.Columns + col;

    private static int ParseIndex(string token, string what, int size, int lineNumber)
    {
        if (!long.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out long index))
            throw new MatrixMarketFormatException(lineNumber, $"'{token}' is not a valid {what} index");
        if (index < 1 || index > size)
            throw new MatrixMarketFormatException(lineNumber, $"{what} index {index} is out of range 1..{size}");
        return (int)index - 1;
    }

    private double ParseValue(string token, int lineNumber)
    {
        double value;
        if (header.Field == MatrixMarketField.Integer)
        {
            if (!long.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out long integer))
                throw new MatrixMarketFormatException(lineNumber, $"'{token}' is not an integer");
            value = integer;
        }
        else if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            throw new MatrixMarketFormatException(lineNumber, $"'{token}' is not a real number");
        }
        if (!double.IsFinite(value))
            throw new MatrixMarketFormatException(lineNumber, $"value '{token}' is not finite (NaN and infinities are not allowed)");
        return value;
    }
}
