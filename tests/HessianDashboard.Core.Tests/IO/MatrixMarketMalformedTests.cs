using HessianDashboard.Core.IO;

namespace HessianDashboard.Core.Tests.IO;

public sealed class MatrixMarketMalformedTests
{
    private const string Coordinate = "%%MatrixMarket matrix coordinate real general\n";
    private const string Symmetric = "%%MatrixMarket matrix coordinate real symmetric\n";
    private const string Array = "%%MatrixMarket matrix array real general\n";

    public static TheoryData<string, int, string> Cases => new()
    {
        // Banner.
        { "", 1, "the file is empty" },
        { "  \n\n \n", 1, "the file is empty" },
        { "hello\n1 1 1\n1 1 2\n", 1, "missing '%%MatrixMarket' banner" },
        { "%MatrixMarket matrix coordinate real general\n1 1 0\n", 1, "missing '%%MatrixMarket' banner" },
        { "%%MatrixMarket matrix coordinate real\n1 1 0\n", 1, "must have 5 words" },
        { "%%MatrixMarket vector coordinate real general\n", 1, "unsupported object 'vector'" },
        { "%%MatrixMarket matrix sparse real general\n", 1, "unknown format 'sparse'" },
        { "%%MatrixMarket matrix coordinate complex general\n", 1, "complex matrices are not supported" },
        { "%%MatrixMarket matrix coordinate float general\n", 1, "unknown field 'float'" },
        { "%%MatrixMarket matrix coordinate real skew-symmetric\n", 1, "'skew-symmetric' matrices are not supported" },
        { "%%MatrixMarket matrix coordinate real hermitian\n", 1, "'hermitian' matrices are not supported" },
        { "%%MatrixMarket matrix coordinate real diagonal\n", 1, "unknown symmetry 'diagonal'" },
        { "%%MatrixMarket matrix array pattern general\n2 2\n", 1, "only valid with the 'coordinate' format" },
        // Size line.
        { Coordinate + "% comment\n\n", 3, "the file ends before the size line" },
        { Coordinate + "% comment\n2 2\n", 3, "expected 3 fields (rows cols entries) on the size line, got 2" },
        { Array + "2 2 4\n", 2, "expected 2 fields (rows cols) on the size line, got 3" },
        { Coordinate + "2 x 1\n", 2, "'x' is not a valid column count" },
        { Coordinate + "2.5 2 1\n", 2, "'2.5' is not a valid row count" },
        { Coordinate + "0 2 1\n", 2, "the row count must be positive, got 0" },
        { Coordinate + "2 -2 1\n", 2, "the column count must be positive, got -2" },
        { Coordinate + "2 2 -1\n", 2, "the entry count must be non-negative, got -1" },
        { Coordinate + "2 2 many\n", 2, "'many' is not a valid entry count" },
        { Coordinate + "2 2 5\n", 2, "5 entries declared but a 2 × 2 matrix stores at most 4" },
        { Symmetric + "2 2 4\n", 2, "stores at most 3" },
        { Symmetric + "2 3 1\n", 2, "a symmetric matrix must be square, got 2 × 3" },
        // Entry lines.
        { Coordinate + "% a\n% b\n%c\n\n3 3 2\n1 1\n", 7, "expected 3 fields (row col value), got 2" },
        { "%%MatrixMarket matrix coordinate pattern general\n3 3 1\n1 1 1.0\n", 3, "expected 2 fields (row col), got 3" },
        { Array + "1 2\n1.0 2.0\n", 3, "expected 1 field (value), got 2" },
        { Coordinate + "3 3 1\n4 1 1.0\n", 3, "row index 4 is out of range 1..3" },
        { Coordinate + "3 3 1\n1 0 1.0\n", 3, "column index 0 is out of range 1..3" },
        { Coordinate + "3 3 1\n1.5 1 1.0\n", 3, "'1.5' is not a valid row index" },
        { Coordinate + "3 3 1\n1 1 abc\n", 3, "'abc' is not a real number" },
        { Coordinate + "3 3 2\n1 1 1\n2 2 NaN\n", 4, "value 'NaN' is not finite" },
        { Coordinate + "3 3 1\n1 1 -Infinity\n", 3, "is not finite" },
        { Coordinate + "3 3 1\n1 1 1e400\n", 3, "value '1e400' is not finite" },
        { Array + "1 1\nInfinity\n", 3, "is not finite" },
        { "%%MatrixMarket matrix coordinate integer general\n2 2 1\n1 1 1.5\n", 3, "'1.5' is not an integer" },
        { Coordinate + "2 2 1\n1 1 1\n2 2 1\n", 4, "more entries than the 1 declared on line 2" },
        { Coordinate + "2 2 3\n1 1 1\n% trailing comment\n2 2 1\n", 5, "the file ends after 2 of the 3 entries declared on line 2" },
        { Array + "2 2\n1\n2\n3\n", 5, "the file ends after 3 of the 4 entries" },
        { Array + "1 1\n1\n2\n", 4, "more entries than the 1 declared" },
        { "%%MatrixMarket matrix array real symmetric\n2 2\n1\n2\n3\n4\n", 6, "more entries than the 3 declared" },
        { Coordinate + "2 2 2\n1 2 1\n1 2 3\n", 4, "duplicate entry (1,2), first given on line 3" },
        { Symmetric + "2 2 2\n2 1 1\n1 2 1\n", 4, "entry (1,2) duplicates (2,1) given on line 3; a symmetric file stores only one triangle" },
        { Symmetric + "3 3 2\n3 1 1\n3 1 1\n", 4, "duplicate entry (3,1), first given on line 3" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_MalformedText_ThrowsWithLineNumber(string text, int line, string fragment)
    {
        var ex = Should.Throw<MatrixMarketFormatException>(() => MatrixMarketReader.Read(new StringReader(text)));

        ex.LineNumber.ShouldBe(line);
        ex.Message.ShouldStartWith($"line {line}: ");
        ex.Message.ShouldContain(fragment);
        ex.ShouldBeAssignableTo<FormatException>();
    }

    [Fact]
    public void ReadFile_LargerThanLimit_ThrowsWithLineZero()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Coordinate + "1 1 1\n1 1 2.0\n");

            var ex = Should.Throw<MatrixMarketFormatException>(() => MatrixMarketReader.ReadFile(path, maxBytes: 16));

            ex.LineNumber.ShouldBe(0);
            ex.Message.ShouldContain("more than the limit of 16 bytes");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFile_EmptyFile_ThrowsEmpty()
    {
        string path = Path.GetTempFileName();
        try
        {
            Should.Throw<MatrixMarketFormatException>(() => MatrixMarketReader.ReadFile(path)).Message.ShouldContain("empty");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFile_Missing_ThrowsFileNotFound()
    {
        Should.Throw<FileNotFoundException>(() => MatrixMarketReader.ReadFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".mtx")));
    }
}
