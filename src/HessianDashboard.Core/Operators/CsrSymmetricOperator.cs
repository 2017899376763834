using System.Runtime.CompilerServices;
namespace HessianDashboard.Core.Operators;

/// <summary>
/// A sparse symmetric matrix in compressed sparse row (CSR) form: row i holds the entries
/// a_ij = values[k] with j = columnIndices[k] for k in [rowPointers[i], rowPointers[i+1]).
/// y = A·x costs one multiply-add per stored entry (both triangles are stored).
/// </summary>
/// <remarks>
/// Columns must be strictly increasing within each row (no duplicates); <see cref="FromTriplets"/>
/// sorts and sums duplicates for you. Symmetry (a_ij = a_ji, a missing entry counting as 0) is
/// checked once at construction with a tolerance relative to max |a_ij|.
/// </remarks>
public sealed class CsrSymmetricOperator : ISymmetricOperator
{
    private readonly int[] _rowPointers;
    private readonly int[] _columnIndices;
    private readonly double[] _values;

    /// <summary>Validates and copies the three CSR arrays of an n × n symmetric matrix (indices 0-based).</summary>
    /// <param name="dimension">n ≥ 1.</param>
    /// <param name="rowPointers">n + 1 non-decreasing offsets, starting at 0 and ending at the entry count.</param>
    /// <param name="columnIndices">Column j ∈ [0, n) of each entry, strictly increasing within a row.</param>
    /// <param name="values">The finite value a_ij of each entry.</param>
    /// <param name="symmetryTolerance">Largest accepted |a_ij − a_ji| relative to max |a_ij|.</param>
    public CsrSymmetricOperator(int dimension, int[] rowPointers, int[] columnIndices, double[] values, double symmetryTolerance = 1e-12)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        ArgumentNullException.ThrowIfNull(rowPointers);
        ArgumentNullException.ThrowIfNull(columnIndices);
        ArgumentNullException.ThrowIfNull(values);
        if (rowPointers.Length != dimension + 1)
            throw new ArgumentException($"Expected {dimension + 1} row pointers, got {rowPointers.Length}.", nameof(rowPointers));
        if (columnIndices.Length != values.Length)
            throw new ArgumentException($"{columnIndices.Length} column indices but {values.Length} values.", nameof(values));
        Dimension = dimension;
        _rowPointers = (int[])rowPointers.Clone();
        _columnIndices = (int[])columnIndices.Clone();
        _values = (double[])values.Clone();
        CheckStructure();
        CheckSymmetric(symmetryTolerance);
    }

    /// <inheritdoc/>
    public int Dimension { get; }

    /// <summary>The number of stored entries (both triangles).</summary>
    public int NonZeroCount => _values.Length;

    /// <summary>The n + 1 row offsets.</summary>
    public ReadOnlySpan<int> RowPointers => _rowPointers;

    /// <summary>The column index of each stored entry.</summary>
    public ReadOnlySpan<int> ColumnIndices => _columnIndices;

    /// <summary>The value of each stored entry.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>
    /// Builds A from 0-based (row, col, value) triplets, where a_ij is the sum of all triplets at (i, j).
    /// Both triangles must be given (the result is checked for symmetry).
    /// </summary>
    public static CsrSymmetricOperator FromTriplets(int n, IEnumerable<(int Row, int Col, double Value)> entries)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        foreach (var (row, col, value) in list)
        {
            if ((uint)row >= (uint)n || (uint)col >= (uint)n)
                throw new ArgumentException($"Entry ({row},{col}) is outside the {n} × {n} matrix (indices are 0-based).", nameof(entries));
            if (!double.IsFinite(value))
                throw new ArgumentException($"Entry ({row},{col}) is not finite.", nameof(entries));
        }
        list.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Col.CompareTo(b.Col));
        var pointers = new int[n + 1];
        var columns = new List<int>(list.Count);
        var values = new List<double>(list.Count);
        for (int k = 0; k < list.Count; k++)
        {
            var (row, col, value) = list[k];
            if (k > 0 && list[k - 1].Row == row && list[k - 1].Col == col)
            {
                values[^1] += value;
                continue;
            }
            columns.Add(col);
            values.Add(value);
            pointers[row + 1]++;
        }
        for (int i = 0; i < n; i++) pointers[i + 1] += pointers[i];
        return new CsrSymmetricOperator(n, pointers, [.. columns], [.. values]);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see docs/decisions/004-hot-kernels-skip-tiering.md
    public void Apply(ReadOnlySpan<double> x, Span<double> y)
    {
        OperatorGuard.CheckApply(Dimension, x, y);
        for (int i = 0; i < Dimension; i++)
        {
            double sum = 0;
            for (int k = _rowPointers[i]; k < _rowPointers[i + 1]; k++)
                sum += _values[k] * x[_columnIndices[k]];
            y[i] = sum;
        }
    }

    private void CheckStructure()
    {
        if (_rowPointers[0] != 0) throw new ArgumentException("rowPointers[0] must be 0.");
        if (_rowPointers[Dimension] != _values.Length)
            throw new ArgumentException($"rowPointers[n] = {_rowPointers[Dimension]} but there are {_values.Length} entries.");
        for (int i = 0; i < Dimension; i++)
            if (_rowPointers[i + 1] < _rowPointers[i]) throw new ArgumentException($"rowPointers decrease at row {i}.");
        for (int i = 0; i < Dimension; i++)
        {
            int start = _rowPointers[i], end = _rowPointers[i + 1];
            for (int k = start; k < end; k++)
            {
                int j = _columnIndices[k];
                if ((uint)j >= (uint)Dimension)
                    throw new ArgumentException($"Column index {j} in row {i} is outside [0, {Dimension}).");
                if (k > start && j <= _columnIndices[k - 1])
                    throw new ArgumentException($"Columns in row {i} are not strictly increasing (duplicate or unsorted column {j}).");
                if (!double.IsFinite(_values[k])) throw new ArgumentException($"Entry ({i},{j}) is not finite.");
            }
        }
    }

    private void CheckSymmetric(double tolerance)
    {
        double scale = 0;
        foreach (double v in _values) scale = Math.Max(scale, Math.Abs(v));
        double limit = tolerance * scale;
        // Visiting every stored off-diagonal entry (both triangles) also catches an entry whose mirror is absent.
        for (int i = 0; i < Dimension; i++)
            for (int k = _rowPointers[i]; k < _rowPointers[i + 1]; k++)
            {
                int j = _columnIndices[k];
                if (j == i) continue;
                double d = Math.Abs(_values[k] - Find(j, i));
                if (d > limit)
                    throw new ArgumentException($"The matrix is not symmetric: |a[{i},{j}] − a[{j},{i}]| = {d:G3} exceeds {limit:G3}.");
            }
    }

    private double Find(int row, int col)
    {
        int start = _rowPointers[row];
        int k = Array.BinarySearch(_columnIndices, start, _rowPointers[row + 1] - start, col);
        return k >= 0 ? _values[k] : 0.0;
    }
}
