using HessianDashboard.Core.IO;
using HessianDashboard.Core.Operators;

namespace HessianDashboard.Core.Tests.IO;

public sealed class MatrixMarketWriterTests
{
    [Fact]
    public void Write_CsrThenRead_RoundTripsExactly()
    {
        const int n = 30;
        var random = new Random(12);
        var triplets = new List<(int Row, int Col, double Value)>();
        for (int i = 0; i < n; i++)
            for (int j = 0; j <= i; j++)
            {
                if (i != j && random.NextDouble() > 0.1) continue;
                double v = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-8, 9));
                triplets.Add((i, j, v));
                if (i != j) triplets.Add((j, i, v));
            }
        var original = CsrSymmetricOperator.FromTriplets(n, triplets);
        var text = new StringWriter();

        MatrixMarketWriter.Write(text, original, "round trip\nsecond line");
        var m = MatrixMarketReader.Read(new StringReader(text.ToString()));
        var back = m.ToOperator().ShouldBeOfType<CsrSymmetricOperator>();

        text.ToString().ShouldStartWith("%%MatrixMarket matrix coordinate real symmetric\n% round trip\n% second line\n");
        m.Symmetry.ShouldBe(MatrixMarketSymmetry.Symmetric);
        m.Entries.ShouldAllBe(e => e.Row >= e.Col);
        back.RowPointers.ToArray().ShouldBe(original.RowPointers.ToArray());
        back.ColumnIndices.ToArray().ShouldBe(original.ColumnIndices.ToArray());
        back.Values.ToArray().ShouldBe(original.Values.ToArray());
    }

    [Fact]
    public void Write_ArrayThenRead_RoundTripsExactly()
    {
        double[] rowMajor = [1.0 / 3, -2.5e17, 1e-300, Math.PI, -0.0, 7, double.Epsilon, -1.0 / 7];
        var text = new StringWriter();

        MatrixMarketWriter.Write(text, rowMajor, 4, 2);
        var m = MatrixMarketReader.Read(new StringReader(text.ToString()));

        m.Format.ShouldBe(MatrixMarketFormat.Array);
        m.Symmetry.ShouldBe(MatrixMarketSymmetry.General);
        m.Rows.ShouldBe(4);
        m.Columns.ShouldBe(2);
        m.ToDenseRowMajor().ShouldBe(rowMajor);
    }

    [Fact]
    public void Write_SymmetricArrayThenToOperator_GivesSameMatrix()
    {
        double[] a = [2, -1, 0, -1, 2, -1, 0, -1, 2];
        var text = new StringWriter();

        MatrixMarketWriter.Write(text, a, 3, 3);
        var op = MatrixMarketReader.Read(new StringReader(text.ToString())).ToOperator().ShouldBeOfType<DenseSymmetricOperator>();

        op.Entries.ToArray().ShouldBe(a);
    }

    [Fact]
    public void Write_ArrayWithWrongLength_Throws()
    {
        Should.Throw<ArgumentException>(() => MatrixMarketWriter.Write(new StringWriter(), new double[5], 2, 3));
    }
}
