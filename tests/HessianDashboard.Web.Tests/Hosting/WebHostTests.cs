using HessianDashboard.Web.Options;
using HessianDashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HessianDashboard.Web.Tests.Hosting;

/// <summary>
/// The root wwwroot/ and appsettings.json are the host's real ones (docs/decisions/002-root-web-root.md),
/// checked over HTTP against the real host on Kestrel.
/// </summary>
public sealed class WebHostTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    [Theory]
    [InlineData("css/app.css", "text/css")]
    [InlineData("js/charts.js", "text/javascript")]
    [InlineData("_content/MudBlazor/MudBlazor.min.css", "text/css")]
    [InlineData("_framework/blazor.web.js", "text/javascript")]
    [InlineData("lib/apexcharts/apexcharts.min.js", "text/javascript")]
    [InlineData("lib/apexcharts/renderer-canvas.js", "text/javascript")]
    public async Task Get_StaticFile_IsServed(string path, string contentType)
    {
        using var client = server.CreateHttpClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, path);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
    }

    [Fact]
    public async Task Get_TheNpmApexCharts_IsTheLockedVersion()
    {
        using var client = server.CreateHttpClient();

        string script = await client.GetStringAsync("lib/apexcharts/apexcharts.min.js", TestContext.Current.CancellationToken);

        script.ShouldStartWith("/*!\n * ApexCharts v7.6.1");
    }

    [Fact]
    public void Host_ContentAndWebRoot_AreTheRepositoryRoot()
    {
        var environment = server.Services.GetRequiredService<IWebHostEnvironment>();

        File.Exists(Path.Combine(environment.ContentRootPath, "HessianDashboard.sln")).ShouldBeTrue();
        environment.WebRootPath.ShouldBe(Path.Combine(environment.ContentRootPath, "wwwroot"));
    }

    [Fact]
    public void Options_DashboardSection_IsReadFromTheRootAppSettings() =>
        server.Services.GetRequiredService<IOptions<DashboardOptions>>().Value.Title.ShouldBe("HessianDashboard");

    [Fact]
    public async Task Get_HomePage_ShowsTheConfiguredTitleAndLoadsRootCss()
    {
        using var client = server.CreateHttpClient();

        string html = await client.GetStringAsync("", TestContext.Current.CancellationToken);

        html.ShouldMatch("""data-testid="app-title"[^>]*>HessianDashboard<""");
        html.ShouldContain("""href="css/app.css""");
        html.ShouldContain("See the Hessian spectrum");
    }

    [Fact]
    public async Task Get_UnknownPage_Is404WithTheNotFoundPage()
    {
        using var client = server.CreateHttpClient();

        using var response = await client.GetAsync("no-such-page", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("There is nothing at this address.");
    }
}
