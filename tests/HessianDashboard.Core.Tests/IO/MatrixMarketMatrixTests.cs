using HessianDashboard.Core.IO;
using HessianDashboard.Core.Operators;

namespace HessianDashboard.Core.Tests.IO;

public sealed class MatrixMarketMatrixTests
{
    private static MatrixMarketMatrix Read(string text) => MatrixMarketReader.Read(new StringReader(text));

    [Fact]
    public void ToOperator_ZeroEntries_GivesZeroOperator()
    {
        var op = Read("%%MatrixMarket matrix coordinate real symmetric\n3 3 0\n").ToOperator();
        var y = new double[] { 9, 9, 9 };

        op.Apply([1.0, 2.0, 3.0], y);

        y.ShouldBe([0.0, 0.0, 0.0]);
    }

    [Fact]
    public void ToOperator_SparseSymmetric_IsCsrMatchingDense()
    {
        var m = Read("%%MatrixMarket matrix coordinate real symmetric\n10 10 4\n1 1 2\n10 1 -1\n5 5 3\n7 4 0.5\n");

        var op = m.ToOperator();

        op.ShouldBeOfType<CsrSymmetricOperator>();
        AssertApplyMatches(op, m.ToDenseRowMajor(), 10);
    }

    [Fact]
    public void ToOperator_DenseEnoughCoordinate_IsDense()
    {
        var m = Read("%%MatrixMarket matrix coordinate real symmetric\n2 2 2\n1 1 1\n2 1 2\n");

        m.ToOperator().ShouldBeOfType<DenseSymmetricOperator>();
    }

    [Fact]
    public void ToOperator_SymmetricGeneralCoordinate_Works()
    {
        var m = Read("%%MatrixMarket matrix coordinate real general\n6 6 3\n1 6 2\n6 1 2\n3 3 -1\n");

        var op = m.ToOperator();

        op.ShouldBeOfType<CsrSymmetricOperator>();
        AssertApplyMatches(op, m.ToDenseRowMajor(), 6);
    }

    [Fact]
    public void ToOperator_GeneralWithinTolerance_IsExactlySymmetrised()
    {
        var m = Read("%%MatrixMarket matrix array real general\n2 2\n1\n1\n1.00000000000001\n2\n");

        var op = m.ToOperator().ShouldBeOfType<DenseSymmetricOperator>();

        op[0, 1].ShouldBe(op[1, 0], 0.0);
        op[0, 1].ShouldBe(1.0, 1e-13);
    }

    [Fact]
    public void ToOperator_NonSymmetricGeneralCoordinate_NamesFirstOffendingEntry()
    {
        var m = Read("%%MatrixMarket matrix coordinate real general\n8 8 3\n1 1 5\n% note\n4 2 1.5\n2 4 2.5\n");

        var ex = Should.Throw<MatrixMarketFormatException>(m.ToOperator);

        ex.LineNumber.ShouldBe(5);
        ex.Message.ShouldContain("a(4,2) = 1.5 but a(2,4) = 2.5");
    }

    [Fact]
    public void ToOperator_GeneralEntryWithoutMirror_Throws()
    {
        var m = Read("%%MatrixMarket matrix coordinate pattern general\n9 9 2\n1 1\n9 3\n");

        Should.Throw<MatrixMarketFormatException>(m.ToOperator).LineNumber.ShouldBe(4);
    }

    [Fact]
    public void ToOperator_NonSymmetricArray_NamesFirstOffendingEntry()
    {
        // Column-major: a11 = 1 (line 3), a21 = 2 (line 4), a12 = 3 (line 5), a22 = 4 (line 6).
        var ex = Should.Throw<MatrixMarketFormatException>(Read("%%MatrixMarket matrix array real general\n2 2\n1\n2\n3\n4\n").ToOperator);

        ex.LineNumber.ShouldBe(4);
        ex.Message.ShouldContain("a(2,1) = 2 but a(1,2) = 3");
    }

    [Fact]
    public void ToOperator_NonSquare_ThrowsAtSizeLine()
    {
        var m = Read("%%MatrixMarket matrix array real general\n% c\n2 3\n1\n2\n3\n4\n5\n6\n");

        var ex = Should.Throw<MatrixMarketFormatException>(m.ToOperator);

        ex.LineNumber.ShouldBe(3);
        ex.Message.ShouldContain("2 × 3");
    }

    private static void AssertApplyMatches(ISymmetricOperator op, double[] dense, int n)
    {
        var x = Enumerable.Range(0, n).Select(i => Math.Sin(i + 1.0)).ToArray();
        var actual = new double[n];
        var expected = new double[n];

        op.Apply(x, actual);
        new DenseSymmetricOperator(dense, n).Apply(x, expected);

        for (int i = 0; i < n; i++) actual[i].ShouldBe(expected[i], 1e-14);
    }
}
