using HessianDashboard.Core.IO;

namespace HessianDashboard.Core.Tests.IO;

public sealed class MatrixMarketReaderTests
{
    private static MatrixMarketMatrix Read(string text) => MatrixMarketReader.Read(new StringReader(text));

    [Fact]
    public void Read_CoordinateSymmetricWithComments_ReturnsHeaderAndStoredEntries()
    {
        var m = Read("%%MatrixMarket matrix coordinate real symmetric\n% a comment\n\n3 3 3\n1 1 2.5\n% inside\n3 1 -1e-3\n\n2 2 4\n");

        m.Rows.ShouldBe(3);
        m.Columns.ShouldBe(3);
        m.Format.ShouldBe(MatrixMarketFormat.Coordinate);
        m.Field.ShouldBe(MatrixMarketField.Real);
        m.Symmetry.ShouldBe(MatrixMarketSymmetry.Symmetric);
        m.Entries.ShouldBe([(0, 0, 2.5), (2, 0, -1e-3), (1, 1, 4.0)]);
        m.ToDenseRowMajor().ShouldBe([2.5, 0, -1e-3, 0, 4, 0, -1e-3, 0, 0]);
    }

    [Fact]
    public void Read_SymmetricUpperTriangleEntries_AreAccepted()
    {
        var m = Read("%%MatrixMarket matrix coordinate real symmetric\n3 3 2\n1 2 5\n3 2 7\n");

        m.ToDenseRowMajor().ShouldBe([0, 5, 0, 5, 0, 7, 0, 7, 0]);
    }

    [Fact]
    public void Read_KeywordsInAnyCaseAndCrLf_AreAccepted()
    {
        var m = Read("%%MatrixMarket MATRIX Coordinate Real General\r\n1 1 1\r\n1 1 3\r\n");

        m.Entries.ShouldBe([(0, 0, 3.0)]);
    }

    [Fact]
    public void Read_PatternSymmetric_ValuesAreOne()
    {
        var m = Read("%%MatrixMarket matrix coordinate pattern symmetric\n2 2 2\n1 1\n2 1\n");

        m.Field.ShouldBe(MatrixMarketField.Pattern);
        m.ToDenseRowMajor().ShouldBe([1, 1, 1, 0]);
    }

    [Fact]
    public void Read_IntegerGeneral_ValuesAreIntegers()
    {
        var m = Read("%%MatrixMarket matrix coordinate integer general\n2 2 2\n1 2 -3\n2 1 -3\n");

        m.Field.ShouldBe(MatrixMarketField.Integer);
        m.ToDenseRowMajor().ShouldBe([0, -3, -3, 0]);
    }

    [Fact]
    public void Read_ArraySymmetric_StoresLowerTriangleColumnMajor()
    {
        // a11 a21 a31 a22 a32 a33
        var m = Read("%%MatrixMarket matrix array real symmetric\n3 3\n1\n2\n3\n4\n5\n6\n");

        m.Format.ShouldBe(MatrixMarketFormat.Array);
        m.ToDenseRowMajor().ShouldBe([1, 2, 3, 2, 4, 5, 3, 5, 6]);
    }

    [Fact]
    public void Read_ArrayGeneral_IsColumnMajor()
    {
        var m = Read("%%MatrixMarket matrix array integer general\n2 3\n1\n2\n3\n4\n5\n6\n");

        m.ToDenseRowMajor().ShouldBe([1, 3, 5, 2, 4, 6]);
    }

    [Fact]
    public void ReadFile_ValidFile_ReadsIt()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "%%MatrixMarket matrix coordinate real symmetric\n2 2 1\n2 1 0.25\n");

            MatrixMarketReader.ReadFile(path).ToDenseRowMajor().ShouldBe([0, 0.25, 0.25, 0]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
