using HessianDashboard.Web.Security;

namespace HessianDashboard.Web.Tests.Security;

/// <summary>Names from users stay inside their directory: traversal, absolute paths, NUL and device names are refused.</summary>
public sealed class ContainedPathTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hessian-contained-").FullName;

    [Theory]
    [InlineData("../secret", "'..'")]
    [InlineData("..", "'..'")]
    [InlineData("a/../../secret", "'..'")]
    [InlineData("a\\..\\..\\secret", "'..'")]
    [InlineData("/etc/passwd", "absolute")]
    [InlineData("\\\\server\\share\\x", "absolute")]
    [InlineData("C:\\Windows\\win.ini", "absolute")]
    [InlineData("c:x", "absolute")]
    [InlineData("a\0b.mtx", "control character")]
    [InlineData("a\nb.mtx", "control character")]
    [InlineData("CON", "device name")]
    [InlineData("nul.txt", "device name")]
    [InlineData("sub/COM1.mtx", "device name")]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    public void Resolve_UnsafeName_IsRefusedSayingWhy(string name, string expected) =>
        Should.Throw<UnsafePathException>(() => ContainedPath.Resolve(_root, name)).Message.ShouldContain(expected);

    [Theory]
    [InlineData("matrix.mtx")]
    [InlineData("0a1b2c-matrix.mtx")]
    [InlineData("sub/matrix.mtx")]
    [InlineData("..matrix.mtx")]
    [InlineData("console.mtx")]
    public void Resolve_PlainName_IsInsideTheDirectory(string name)
    {
        string path = ContainedPath.Resolve(_root, name);

        path.ShouldStartWith(_root + Path.DirectorySeparatorChar);
        path.ShouldBe(Path.GetFullPath(Path.Combine(_root, name)));
    }

    [Fact]
    public void Resolve_TheDirectoryItself_IsRefused() =>
        Should.Throw<UnsafePathException>(() => ContainedPath.Resolve(_root, ".")).Message.ShouldContain("resolves outside");

    [Fact]
    public void Resolve_DirectoryWithTrailingSeparator_GivesTheSamePath() =>
        ContainedPath.Resolve(_root + Path.DirectorySeparatorChar, "a.mtx").ShouldBe(ContainedPath.Resolve(_root, "a.mtx"));

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
