using System.Globalization;
using HessianDashboard.Core.Operators;

namespace HessianDashboard.Core.IO;

/// <summary>Writes matrices that <see cref="MatrixMarketReader"/> reads back exactly (values in round-trip "R" form).</summary>
public static class MatrixMarketWriter
{
    /// <summary>
    /// Writes A as <c>%%MatrixMarket matrix coordinate real symmetric</c>: the size line "n n k" then the k stored
    /// entries a_ij with i ≥ j (lower triangle, 1-based "i j a_ij"), in row order.
    /// </summary>
    public static void Write(TextWriter writer, CsrSymmetricOperator matrix, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(matrix);
        int n = matrix.Dimension;
        var pointers = matrix.RowPointers;
        var columns = matrix.ColumnIndices;
        var values = matrix.Values;
        int lower = 0;
        for (int i = 0; i < n; i++)
            for (int k = pointers[i]; k < pointers[i + 1]; k++)
                if (columns[k] <= i) lower++;
        WriteHeader(writer, "coordinate real symmetric", comment);
        writer.WriteLine(Invariant($"{n} {n} {lower}"));
        for (int i = 0; i < n; i++)
            for (int k = pointers[i]; k < pointers[i + 1]; k++)
                if (columns[k] <= i) writer.WriteLine(Invariant($"{i + 1} {columns[k] + 1} {values[k]:R}"));
    }

    /// <summary>
    /// Writes the row-major <paramref name="rows"/> × <paramref name="columns"/> matrix as
    /// <c>%%MatrixMarket matrix array real general</c>: the size line "rows cols" then every entry, column-major.
    /// </summary>
    public static void Write(TextWriter writer, ReadOnlySpan<double> rowMajor, int rows, int columns, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        if (rowMajor.Length != (long)rows * columns)
            throw new ArgumentException($"Expected {(long)rows * columns} entries, got {rowMajor.Length}.", nameof(rowMajor));
        WriteHeader(writer, "array real general", comment);
        writer.WriteLine(Invariant($"{rows} {columns}"));
        for (int j = 0; j < columns; j++)
            for (int i = 0; i < rows; i++)
                writer.WriteLine(rowMajor[i * columns + j].ToString("R", CultureInfo.InvariantCulture));
    }

    private static void WriteHeader(TextWriter writer, string kind, string? comment)
    {
        writer.WriteLine($"{MatrixMarketHeader.Banner} matrix {kind}");
        if (comment is null) return;
        foreach (string line in comment.Split('\n'))
            writer.WriteLine("% " + line.TrimEnd('\r'));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
