using HessianDashboard.Core.Operators;

namespace HessianDashboard.Core.IO;

/// <summary>Turns a <see cref="MatrixMarketMatrix"/> into a symmetric operator (see <see cref="MatrixMarketMatrix.ToOperator"/>).</summary>
internal static class MatrixMarketOperatorBuilder
{
    public const double SymmetryTolerance = 1e-12;

    public static ISymmetricOperator Build(MatrixMarketMatrix m)
    {
        if (m.Rows != m.Columns)
            throw new MatrixMarketFormatException(m.SizeLine, $"the matrix is {m.Rows} × {m.Columns}; a symmetric operator must be square");
        int n = m.Rows;
        bool general = m.Symmetry == MatrixMarketSymmetry.General;
        long stored = general ? m.Entries.Count : 2L * m.Entries.Count;
        if (m.Format == MatrixMarketFormat.Array || 4 * stored >= (long)n * n)
        {
            var dense = m.ToDenseRowMajor();
            if (general) SymmetriseDense(m, dense, n);
            return new DenseSymmetricOperator(dense, n);
        }
        if (general) CheckSparse(m);
        return CsrSymmetricOperator.FromTriplets(n, Expand(m));
    }

    /// <summary>Both triangles: a symmetric file's (i, j, v) as (i, j, v) and (j, i, v); a general file's as two halves.</summary>
    private static IEnumerable<(int Row, int Col, double Value)> Expand(MatrixMarketMatrix m)
    {
        bool general = m.Symmetry == MatrixMarketSymmetry.General;
        foreach (var (row, col, value) in m.Entries)
        {
            if (general)
            {
                yield return (row, col, 0.5 * value);
                yield return (col, row, 0.5 * value);
            }
            else
            {
                yield return (row, col, value);
                if (row != col) yield return (col, row, value);
            }
        }
    }

    private static void SymmetriseDense(MatrixMarketMatrix m, double[] a, int n)
    {
        double limit = SymmetryTolerance * MaxAbs(m);
        for (int k = 0; k < m.Entries.Count; k++)
        {
            var (i, j, _) = m.Entries[k];
            if (i == j) continue;
            double aij = a[(long)i * n + j], aji = a[(long)j * n + i];
            if (Math.Abs(aij - aji) > limit) throw NotSymmetric(m, k, aij, aji);
        }
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                a[(long)i * n + j] = a[(long)j * n + i] = 0.5 * (a[(long)i * n + j] + a[(long)j * n + i]);
    }

    private static void CheckSparse(MatrixMarketMatrix m)
    {
        var values = new Dictionary<(int, int), double>(m.Entries.Count);
        foreach (var (row, col, value) in m.Entries) values[(row, col)] = value;
        double limit = SymmetryTolerance * MaxAbs(m);
        for (int k = 0; k < m.Entries.Count; k++)
        {
            var (i, j, aij) = m.Entries[k];
            if (i == j) continue;
            double aji = values.GetValueOrDefault((j, i));
            if (Math.Abs(aij - aji) > limit) throw NotSymmetric(m, k, aij, aji);
        }
    }

    private static double MaxAbs(MatrixMarketMatrix m)
    {
        double max = 0;
        foreach (var entry in m.Entries) max = Math.Max(max, Math.Abs(entry.Value));
        return max;
    }

    private static MatrixMarketFormatException NotSymmetric(MatrixMarketMatrix m, int k, double aij, double aji)
    {
        var (i, j, _) = m.Entries[k];
        return new MatrixMarketFormatException(m.LineOf(k),
            $"the 'general' matrix is not symmetric: a({i + 1},{j + 1}) = {aij:R} but a({j + 1},{i + 1}) = {aji:R} "
            + $"(tolerance {SymmetryTolerance:G} relative to the largest entry); a symmetric operator is required");
    }
}
