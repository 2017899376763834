using HessianDashboard.Web.Uploads;

namespace HessianDashboard.Web.Tests.Uploads;

public sealed class MatrixUploadStoreTests
{
    [Theory]
    [InlineData("bcsstk01.mtx", "bcsstk01")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(@"C:\Users\me\my matrix (1).mtx", "my-matrix-1")]
    [InlineData("..", "matrix")]
    [InlineData("", "matrix")]
    [InlineData("λ.mtx", "matrix")]
    public void Stem_ClientName_KeepsOnlySafeCharactersOfTheLeaf(string client, string expected) =>
        MatrixUploadStore.Stem(client).ShouldBe(expected);

    [Fact]
    public void Stem_LongName_IsCutTo40Characters() =>
        MatrixUploadStore.Stem(new string('a', 100) + ".mtx").Length.ShouldBe(40);

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(@"C:\a\b.mtx", "b.mtx")]
    [InlineData("  ", "matrix.mtx")]
    public void DisplayName_ClientName_IsTheLeafOnly(string client, string expected) =>
        MatrixUploadStore.DisplayName(client).ShouldBe(expected);
}
