using HessianDashboard.Core.Operators;
using HessianDashboard.Core.Randomness;

namespace HessianDashboard.Core.Tests.Operators;

public sealed class CsrSymmetricOperatorTests
{
    [Fact]
    public void Apply_RandomSparseSymmetric_MatchesDenseReference()
    {
        const int n = 40;
        var random = new Random(7);
        var dense = new double[n * n];
        var triplets = new List<(int Row, int Col, double Value)>();
        for (int i = 0; i < n; i++)
            for (int j = 0; j <= i; j++)
            {
                if (i != j && random.NextDouble() > 0.15) continue;
                double v = random.NextDouble() * 2 - 1;
                dense[i * n + j] = dense[j * n + i] = v;
                triplets.Add((i, j, v));
                if (i != j) triplets.Add((j, i, v));
            }
        var csr = CsrSymmetricOperator.FromTriplets(n, triplets);
        var reference = new DenseSymmetricOperator(dense, n);
        var x = new GaussianSampler(3).NextVector(n);
        var expected = new double[n];
        var actual = new double[n];

        reference.Apply(x, expected);
        csr.Apply(x, actual);

        csr.Dimension.ShouldBe(n);
        for (int i = 0; i < n; i++) actual[i].ShouldBe(expected[i], 1e-12);
    }

    [Fact]
    public void FromTriplets_DuplicateEntries_AreSummed()
    {
        var csr = CsrSymmetricOperator.FromTriplets(2, [(0, 0, 1.0), (0, 0, 2.0), (0, 1, 0.5), (1, 0, 0.25), (1, 0, 0.25), (0, 1, 0.0)]);
        var y = new double[2];

        csr.Apply([1.0, 0.0], y);

        csr.NonZeroCount.ShouldBe(3);
        y[0].ShouldBe(3.0, 0.0);
        y[1].ShouldBe(0.5, 0.0);
    }

    [Fact]
    public void FromTriplets_UnsortedInput_ProducesSortedRows()
    {
        var csr = CsrSymmetricOperator.FromTriplets(3, [(2, 0, 4.0), (1, 1, 1.0), (0, 2, 4.0), (0, 0, 2.0)]);

        csr.RowPointers.ToArray().ShouldBe([0, 2, 3, 4]);
        csr.ColumnIndices.ToArray().ShouldBe([0, 2, 1, 0]);
        csr.Values.ToArray().ShouldBe([2.0, 4.0, 1.0, 4.0]);
    }

    [Fact]
    public void FromTriplets_AsymmetricValues_Throws()
    {
        Should.Throw<ArgumentException>(() => CsrSymmetricOperator.FromTriplets(2, [(0, 1, 1.0), (1, 0, 2.0)]))
            .Message.ShouldContain("not symmetric");
    }

    [Fact]
    public void FromTriplets_MissingMirrorEntry_Throws()
    {
        Should.Throw<ArgumentException>(() => CsrSymmetricOperator.FromTriplets(3, [(2, 0, 1.0)]));
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, 3)]
    public void FromTriplets_IndexOutOfRange_Throws(int row, int col)
    {
        Should.Throw<ArgumentException>(() => CsrSymmetricOperator.FromTriplets(3, [(row, col, 1.0)]));
    }

    [Fact]
    public void FromTriplets_NaNValue_Throws()
    {
        Should.Throw<ArgumentException>(() => CsrSymmetricOperator.FromTriplets(2, [(0, 0, double.NaN)]));
    }

    [Fact]
    public void Constructor_WrongRowPointerCount_Throws()
    {
        Should.Throw<ArgumentException>(() => new CsrSymmetricOperator(2, [0, 1], [0], [1.0]));
    }

    [Fact]
    public void Constructor_LastPointerNotEntryCount_Throws()
    {
        Should.Throw<ArgumentException>(() => new CsrSymmetricOperator(2, [0, 1, 1], [0, 1], [1.0, 1.0]));
    }

    [Fact]
    public void Constructor_DecreasingPointers_Throws()
    {
        Should.Throw<ArgumentException>(() => new CsrSymmetricOperator(2, [0, 2, 1], [0], [1.0]));
    }

    [Fact]
    public void Constructor_ColumnOutOfRange_Throws()
    {
        Should.Throw<ArgumentException>(() => new CsrSymmetricOperator(2, [0, 1, 1], [2], [1.0]));
    }

    [Fact]
    public void Constructor_UnsortedOrDuplicateColumns_Throws()
    {
        Should.Throw<ArgumentException>(() => new CsrSymmetricOperator(2, [0, 2, 2], [0, 0], [1.0, 1.0]));
    }

    [Fact]
    public void Constructor_InfiniteValue_Throws()
    {
        Should.Throw<ArgumentException>(() => new CsrSymmetricOperator(1, [0, 1], [0], [double.PositiveInfinity]));
    }

    [Fact]
    public void Constructor_MismatchedArrays_Throws()
    {
        Should.Throw<ArgumentException>(() => new CsrSymmetricOperator(1, [0, 1], [0], [1.0, 2.0]));
    }

    [Fact]
    public void Constructor_InputArraysChangedLater_OperatorUnaffected()
    {
        double[] values = [5.0];
        var csr = new CsrSymmetricOperator(1, [0, 1], [0], values);
        values[0] = -1.0;
        var y = new double[1];

        csr.Apply([2.0], y);

        y[0].ShouldBe(10.0, 0.0);
    }

    [Fact]
    public void Apply_WrongLength_Throws()
    {
        var csr = CsrSymmetricOperator.FromTriplets(2, [(0, 0, 1.0)]);
        Should.Throw<ArgumentException>(() => csr.Apply(new double[3], new double[2]));
    }
}
