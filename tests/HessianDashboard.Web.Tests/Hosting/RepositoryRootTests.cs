using HessianDashboard.Web.Hosting;

namespace HessianDashboard.Web.Tests.Hosting;

public sealed class RepositoryRootTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("hd-root-");

    [Fact]
    public void Find_FromANestedFolder_ReturnsTheFolderWithTheSolution()
    {
        File.WriteAllText(Path.Combine(_root.FullName, RepositoryRoot.MarkerFile), "");
        var nested = _root.CreateSubdirectory("src/HessianDashboard.Web/bin/Debug/net10.0");

        RepositoryRoot.Find(nested.FullName).ShouldBe(_root.FullName);
    }

    [Fact]
    public void Find_WithoutASolutionAbove_ReturnsNull() =>
        RepositoryRoot.Find(_root.CreateSubdirectory("publish").FullName).ShouldBeNull();

    [Fact]
    public void CreateOptions_FromThisBuild_PointsAtTheRepositoryRoot()
    {
        var options = RepositoryRoot.CreateOptions([]);

        options.ContentRootPath.ShouldNotBeNull();
        File.Exists(Path.Combine(options.ContentRootPath, "appsettings.json")).ShouldBeTrue();
        options.WebRootPath.ShouldBe(Path.Combine(options.ContentRootPath, "wwwroot"));
    }

    public void Dispose() => _root.Delete(recursive: true);
}
